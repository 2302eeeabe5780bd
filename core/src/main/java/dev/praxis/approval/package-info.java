/**
 * Approval: the gate, in code and not in the prompt, that every side-effecting tool call passes before it runs.
 * The host decides how to ask a person by implementing {@link dev.praxis.approval.ApprovalHandler}; tools describe
 * what they would do with an {@link dev.praxis.approval.ApprovalSummary}. For actions previewed first (an order, a
 * refund, a trade), {@link dev.praxis.approval.ActionTokens} issues a signed, expiring, single-use token bound to
 * the exact previewed action, with its key from {@link dev.praxis.approval.TokenKey} and its record of used tokens
 * in {@link dev.praxis.approval.UsedTokens}, both shareable by every process on one data directory.
 */
@NullMarked
package dev.praxis.approval;

import org.jspecify.annotations.NullMarked;
