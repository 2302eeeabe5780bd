package dev.praxis.model;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** What a model call (or a run) cost, from a {@link PriceTable}. */
public record ModelCost(BigDecimal amount, Currency currency) {

    /**
     * Checks that the amount and currency are present.
     *
     * @param amount the cost
     * @param currency its currency
     */
    public ModelCost {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    /**
     * The sum of two costs in the same currency.
     *
     * @param other a cost in the same currency
     * @return the sum
     */
    public ModelCost plus(ModelCost other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
        }
        return new ModelCost(amount.add(other.amount), currency);
    }
}
