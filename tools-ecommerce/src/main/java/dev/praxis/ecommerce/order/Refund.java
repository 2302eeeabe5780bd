package dev.praxis.ecommerce.order;

import dev.praxis.ecommerce.money.Money;
import dev.praxis.tool.UntrustedText;

import java.time.Instant;

/**
 * Money given back on an order, to the original payment method.
 *
 * @param refundId id, e.g. {@code R1}
 * @param orderId  order refunded
 * @param amount   positive amount
 * @param reason   why
 * @param issuedAt when
 */
public record Refund(String refundId, String orderId, Money amount, String reason, Instant issuedAt) {

    public Refund {
        // Written by whoever asked for the refund, shown to models by get_order.
        reason = UntrustedText.cleanOrNull(reason);
    }
}
