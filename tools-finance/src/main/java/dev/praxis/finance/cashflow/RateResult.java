package dev.praxis.finance.cashflow;

import java.math.BigDecimal;

/**
 * Result of {@code effective_rate} and {@code cagr}: one rate in percent and how it was computed.
 *
 * @param ratePercent the rate in percent, 10 decimals
 * @param definition  the formula, so a reader can check it
 */
public record RateResult(BigDecimal ratePercent, String definition) {
}
