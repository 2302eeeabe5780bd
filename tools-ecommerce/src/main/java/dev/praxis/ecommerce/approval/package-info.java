/**
 * Consent for irreversible actions: {@link dev.praxis.ecommerce.approval.ApprovalTokens} signs the hash of an
 * exact preview (a priced cart, a refund) with an expiry, so approval given for one preview can never be used
 * for another; {@link dev.praxis.ecommerce.approval.IdempotencyLedger} makes a retried request return the
 * first result and refuses a reused key with a different body.
 */
package dev.praxis.ecommerce.approval;
