package dev.praxis.finance.cashflow;

import dev.praxis.finance.money.Money;

import java.math.BigDecimal;

/**
 * Result of {@code present_value}.
 *
 * @param presentValue         today's value, rounded to minor units (signed, see convention)
 * @param ratePerPeriodPercent the rate applied each period, in percent
 * @param periods              number of compounding periods
 * @param timing               when payments fall in each period
 * @param signConvention       how signs are read
 */
public record PresentValue(Money presentValue, BigDecimal ratePerPeriodPercent, BigDecimal periods,
                           PaymentTiming timing, String signConvention) {
}
