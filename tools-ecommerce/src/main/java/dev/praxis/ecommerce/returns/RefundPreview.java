package dev.praxis.ecommerce.returns;

import dev.praxis.ecommerce.money.Money;
import dev.praxis.ecommerce.order.RefundLine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A refund the shopper (or a human agent) must approve before it is issued, with what the approver needs to
 * judge it: how the amount splits over the order's lines, and every line's return eligibility on the day.
 *
 * @param orderId           order to refund
 * @param amount            amount to refund
 * @param reason            why
 * @param lines             how {@code amount} splits over eligible order lines
 * @param asOf              day the eligibility was computed for
 * @param eligibility       every line of the order: eligible or not, the rule, what is still refundable
 * @param refundableNow     the most the return policy lets this order refund today (sum over eligible lines)
 * @param refundableBalance what the order can still refund at all (paid minus refunded, shipping included)
 * @param previewHash       hash of this preview (order, amount, reason, lines and the balance it was prepared against)
 * @param approvalToken     pass to issue_refund after approval; valid for this exact preview only
 * @param expiresAt         when the token stops working
 * @param nextStep          what the assistant must do next
 */
public record RefundPreview(String orderId, Money amount, String reason, List<RefundLine> lines, LocalDate asOf,
                            List<LineEligibility> eligibility, Money refundableNow, Money refundableBalance,
                            String previewHash, String approvalToken, Instant expiresAt, String nextStep) {

    /**
     * Copies the lists.
     *
     * @param orderId order to refund
     * @param amount amount to refund
     * @param reason why
     * @param lines how {@code amount} splits over eligible order lines
     * @param asOf day the eligibility was computed for
     * @param eligibility every line of the order: eligible or not, the rule, what is still refundable
     * @param refundableNow the most the return policy lets this order refund today (sum over eligible lines)
     * @param refundableBalance what the order can still refund at all (paid minus refunded, shipping included)
     * @param previewHash hash of this preview (order, amount, reason, lines and the balance it was prepared against)
     * @param approvalToken pass to issue_refund after approval; valid for this exact preview only
     * @param expiresAt when the token stops working
     * @param nextStep what the assistant must do next
     */
    public RefundPreview {
        lines = List.copyOf(lines);
        eligibility = List.copyOf(eligibility);
    }
}
