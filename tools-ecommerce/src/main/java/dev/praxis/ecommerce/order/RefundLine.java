package dev.praxis.ecommerce.order;

import dev.praxis.ecommerce.money.Money;

import java.util.Objects;

/**
 * The part of a refund that pays back one order line, so the book knows what is left to refund per line.
 *
 * @param lineId order line refunded
 * @param amount positive amount given back for it
 */
public record RefundLine(String lineId, Money amount) {

    /**
     * Checks that the line id is present and the amount positive.
     *
     * @param lineId order line refunded
     * @param amount positive amount given back for it
     */
    public RefundLine {
        Objects.requireNonNull(lineId, "lineId");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("refund line " + lineId + ": amount must be > 0, got " + amount);
        }
    }
}
