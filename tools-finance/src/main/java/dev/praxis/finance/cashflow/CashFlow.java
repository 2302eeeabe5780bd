package dev.praxis.finance.cashflow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated cash flow for {@link CashFlows#xnpv} and {@link CashFlows#xirr}; negative when paid out.
 *
 * @param date   when the flow happens
 * @param amount how much, signed
 */
public record CashFlow(LocalDate date, BigDecimal amount) {

    /**
     * Checks that the date and amount are present.
     *
     * @param date when the flow happens
     * @param amount how much, signed
     */
    public CashFlow {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
    }
}
