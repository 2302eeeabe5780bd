package dev.praxis.ecommerce.order;

import dev.praxis.ecommerce.money.Money;
import dev.praxis.tool.UntrustedText;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Money given back on an order, to the original payment method: the items' part line by line, plus shipping
 * when a cancellation refunds everything that was paid.
 *
 * @param refundId id, e.g. {@code R1}
 * @param orderId  order refunded
 * @param amount   positive amount: the lines' amounts plus {@code shipping}
 * @param lines    what each order line got back
 * @param shipping shipping paid back (only a cancellation refunds shipping), zero otherwise
 * @param reason   why
 * @param issuedAt when
 */
public record Refund(String refundId, String orderId, Money amount, List<RefundLine> lines, Money shipping,
                     String reason, Instant issuedAt) {

    /**
     * Copies the lines and checks that the amount is the lines plus shipping.
     *
     * @param refundId id, e.g. {@code R1}
     * @param orderId order refunded
     * @param amount positive amount: the lines' amounts plus {@code shipping}
     * @param lines what each order line got back
     * @param shipping shipping paid back (only a cancellation refunds shipping), zero otherwise
     * @param reason why
     * @param issuedAt when
     */
    public Refund {
        lines = List.copyOf(lines);
        Money sum = lines.stream().map(RefundLine::amount).reduce(shipping, Money::plus);
        if (!sum.equals(Objects.requireNonNull(amount, "amount"))) {
            throw new IllegalArgumentException("refund " + refundId + ": amount " + amount
                    + " is not the lines plus shipping, " + sum);
        }
        // Written by whoever asked for the refund, shown to models by get_order.
        reason = UntrustedText.cleanOrNull(reason);
    }
}
