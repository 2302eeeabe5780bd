package dev.praxis.finance.cashflow;

import dev.praxis.finance.money.Money;

import java.math.BigDecimal;

/**
 * Result of {@code future_value}.
 *
 * @param futureValue          the value after {@code periods}, rounded to minor units (signed, see convention)
 * @param ratePerPeriodPercent the rate applied each period, in percent
 * @param periods              number of compounding periods
 * @param timing               when payments fall in each period
 * @param signConvention       how signs are read
 */
public record FutureValue(Money futureValue, BigDecimal ratePerPeriodPercent, BigDecimal periods,
                          PaymentTiming timing, String signConvention) {
}
