package dev.praxis.finance.loan;

import java.math.BigDecimal;
import java.util.List;

/**
 * A full amortisation schedule and its totals.
 *
 * @param currency             ISO-4217 code of every amount
 * @param principal            amount borrowed
 * @param annualRatePercent    nominal annual rate in percent, compounded monthly
 * @param termMonths           contractual term
 * @param scheduledPayment     the level monthly payment, rounded to cents
 * @param extraMonthlyPayment  extra principal paid with every payment
 * @param numberOfPayments     payments actually made (fewer than the term with extra payments)
 * @param totalPaid            sum of the payment column
 * @param totalInterest        sum of the interest column
 * @param rows                 one row per payment
 * @param rounding             how the figures were rounded
 */
public record AmortizationSchedule(String currency, BigDecimal principal, BigDecimal annualRatePercent,
                                   int termMonths, BigDecimal scheduledPayment, BigDecimal extraMonthlyPayment,
                                   int numberOfPayments, BigDecimal totalPaid, BigDecimal totalInterest,
                                   List<ScheduleRow> rows, String rounding) {

    /**
     * Copies the rows.
     *
     * @param currency ISO-4217 code of every amount
     * @param principal amount borrowed
     * @param annualRatePercent nominal annual rate in percent, compounded monthly
     * @param termMonths contractual term
     * @param scheduledPayment the level monthly payment, rounded to cents
     * @param extraMonthlyPayment extra principal paid with every payment
     * @param numberOfPayments payments actually made (fewer than the term with extra payments)
     * @param totalPaid sum of the payment column
     * @param totalInterest sum of the interest column
     * @param rows one row per payment
     * @param rounding how the figures were rounded
     */
    public AmortizationSchedule {
        rows = List.copyOf(rows);
    }
}
