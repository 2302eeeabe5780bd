/**
 * Trading on a paper account, in two steps. {@code preview_trade} is read-only: it prices the exact order and
 * returns an approval token (core {@link dev.praxis.approval.ActionTokens}) bound to the order, the conversation
 * and a price bound, that expires. {@code execute_trade} is {@link dev.praxis.tool.SideEffect#IRREVERSIBLE}: it
 * needs that token for the same order, a current price within the bound, and an idempotency key; a repeated key
 * returns the original execution instead of trading twice. No real order is ever sent anywhere.
 */
@NullMarked
package dev.praxis.finance.trading;

import org.jspecify.annotations.NullMarked;
