/**
 * Consent for irreversible actions, the pack's side: approval tokens themselves are core's
 * {@link dev.praxis.approval.ActionTokens} (bound to the exact preview, expiring, single use);
 * {@link dev.praxis.ecommerce.approval.IdempotencyLedger} makes a retried request return the first result, also
 * after a crash and from another process, and refuses a reused key with a different body, and
 * {@link dev.praxis.ecommerce.approval.ApprovalException} words a refusal for the shopper's assistant.
 */
@NullMarked
package dev.praxis.ecommerce.approval;

import org.jspecify.annotations.NullMarked;
