package dev.praxis.ecommerce.returns;

import dev.praxis.ecommerce.money.Money;

import java.time.Instant;

/**
 * A refund the shopper (or a human agent) must approve before it is issued.
 *
 * @param orderId           order to refund
 * @param amount            amount to refund
 * @param reason            why
 * @param refundableBalance what the order can still refund, before this refund
 * @param previewHash       hash of this preview (order, amount, reason and the balance it was prepared against)
 * @param approvalToken     pass to issue_refund after approval; valid for this exact preview only
 * @param expiresAt         when the token stops working
 * @param nextStep          what the assistant must do next
 */
public record RefundPreview(String orderId, Money amount, String reason, Money refundableBalance, String previewHash,
                            String approvalToken, Instant expiresAt, String nextStep) {
}
