package dev.praxis.finance.loan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One payment of an amortisation schedule, in the loan's currency, rounded to cents.
 *
 * @param number    1 for the first payment
 * @param date      due date, present when the schedule was given a first payment date
 * @param payment   total paid this period: interest + principal (extra payment included)
 * @param interest  interest for the period on the opening balance
 * @param principal principal repaid this period
 * @param balance   balance after the payment
 */
public record ScheduleRow(int number, Optional<LocalDate> date, BigDecimal payment, BigDecimal interest,
                          BigDecimal principal, BigDecimal balance) {
}
