package dev.praxis.finance.loan;

import dev.praxis.finance.money.Money;

import java.math.BigDecimal;

/**
 * What a level-payment loan costs.
 *
 * @param monthlyPayment    the level payment, rounded to cents half-up
 * @param totalPaid         sum of every payment of the schedule (the last one absorbs rounding)
 * @param totalInterest     {@code totalPaid - principal}
 * @param principal         amount borrowed
 * @param annualRatePercent nominal annual rate in percent, compounded monthly
 * @param termMonths        number of monthly payments
 * @param rounding          how the figures were rounded
 */
public record LoanPayment(Money monthlyPayment, Money totalPaid, Money totalInterest, Money principal,
                          BigDecimal annualRatePercent, int termMonths, String rounding) {
}
