/**
 * Trading on a paper account, in two steps. {@code preview_trade} is read-only: it prices the exact order and
 * returns an approval token bound to it (an HMAC of the canonical order with a per-process secret) that
 * expires. {@code execute_trade} is {@link dev.praxis.tool.SideEffect#IRREVERSIBLE}: it needs that token for
 * the same order and an idempotency key, and a repeated key returns the original execution instead of trading
 * twice. No real order is ever sent anywhere.
 */
package dev.praxis.finance.trading;
