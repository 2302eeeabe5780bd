package dev.praxis.finance.loan;

import dev.praxis.finance.internal.DecimalMath;
import dev.praxis.finance.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.praxis.finance.internal.DecimalMath.MC;

/**
 * Level-payment loan maths, independent of any tool. The payment is the spreadsheet's
 * {@code -PMT(rate/12, n, principal)}; the schedule charges each month's interest on the opening balance,
 * rounds it to minor units half-up and lets the last payment absorb what rounding left over.
 *
 * <pre>{@code
 * BigDecimal exact = Loans.exactPayment(new BigDecimal("10000"), new BigDecimal("8"), 10); // 1037.0320893...
 * }</pre>
 */
public final class Loans {

    static final String ROUNDING = "each figure rounded to the currency's minor unit, HALF_UP; interest computed "
            + "on the opening balance each month; the last payment absorbs the rounding residual";
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private Loans() {
    }

    /**
     * The unrounded level monthly payment; rate is annual in percent, compounded monthly.
     *
     * @param principal the amount borrowed
     * @param annualRatePercent the nominal annual rate in percent
     * @param termMonths the number of monthly payments
     * @return the monthly payment, not rounded
     */
    public static BigDecimal exactPayment(BigDecimal principal, BigDecimal annualRatePercent, int termMonths) {
        check(principal, annualRatePercent, termMonths);
        BigDecimal r = monthlyRate(annualRatePercent);
        if (r.signum() == 0) {
            return principal.divide(BigDecimal.valueOf(termMonths), MC);
        }
        BigDecimal discount = BigDecimal.ONE.subtract(BigDecimal.ONE.add(r).pow(-termMonths, MC), MC);
        return principal.multiply(r, MC).divide(discount, MC);
    }

    /**
     * The payment and totals, with money rounded as {@link Money#ROUNDING}.
     *
     * @param principal the amount borrowed
     * @param annualRatePercent the nominal annual rate in percent
     * @param termMonths the number of monthly payments
     * @param currency the ISO-4217 code the money is rounded to
     * @return the payment, total paid and total interest
     */
    public static LoanPayment payment(BigDecimal principal, BigDecimal annualRatePercent, int termMonths,
                                      String currency) {
        AmortizationSchedule schedule = schedule(principal, annualRatePercent, termMonths, BigDecimal.ZERO,
                Optional.empty(), currency);
        return new LoanPayment(new Money(schedule.scheduledPayment(), schedule.currency()),
                new Money(schedule.totalPaid(), schedule.currency()),
                new Money(schedule.totalInterest(), schedule.currency()),
                new Money(schedule.principal(), schedule.currency()),
                annualRatePercent, termMonths, ROUNDING);
    }

    /**
     * The schedule. Each month: interest = round(balance × rate/12); principal = payment + extra − interest,
     * capped at the balance; the final row pays off exactly what is left.
     *
     * @param principal the amount borrowed
     * @param annualRatePercent the nominal annual rate in percent
     * @param termMonths the number of monthly payments
     * @param extraMonthlyPayment extra principal paid every month
     * @param firstPaymentDate the first payment's due date; rows have no dates without it
     * @param currency the ISO-4217 code the money is rounded to
     * @return one row per payment and the totals
     */
    public static AmortizationSchedule schedule(BigDecimal principal, BigDecimal annualRatePercent, int termMonths,
                                                BigDecimal extraMonthlyPayment, Optional<LocalDate> firstPaymentDate,
                                                String currency) {
        check(principal, annualRatePercent, termMonths);
        if (extraMonthlyPayment.signum() < 0) {
            throw new IllegalArgumentException("extra_monthly_payment must be >= 0, got "
                    + extraMonthlyPayment.toPlainString());
        }
        int digits = Money.minorDigits(currency);
        BigDecimal loan = principal.setScale(digits, Money.ROUNDING);
        BigDecimal extra = extraMonthlyPayment.setScale(digits, Money.ROUNDING);
        BigDecimal level = exactPayment(loan, annualRatePercent, termMonths).setScale(digits, Money.ROUNDING);
        BigDecimal r = monthlyRate(annualRatePercent);
        List<ScheduleRow> rows = new ArrayList<>();
        BigDecimal balance = loan;
        BigDecimal totalPaid = BigDecimal.ZERO.setScale(digits);
        BigDecimal totalInterest = BigDecimal.ZERO.setScale(digits);
        for (int n = 1; n <= termMonths && balance.signum() > 0; n++) {
            BigDecimal interest = balance.multiply(r, MC).setScale(digits, Money.ROUNDING);
            BigDecimal principalPart = level.add(extra).subtract(interest);
            if (n == termMonths || principalPart.compareTo(balance) > 0) {
                principalPart = balance;
            }
            balance = balance.subtract(principalPart);
            BigDecimal paid = interest.add(principalPart);
            totalPaid = totalPaid.add(paid);
            totalInterest = totalInterest.add(interest);
            Optional<LocalDate> date = firstPaymentDate.map(d -> d.plusMonths(rows.size()));
            rows.add(new ScheduleRow(n, date, paid, interest, principalPart, balance));
        }
        return new AmortizationSchedule(Money.currencyCode(currency, "currency"), loan, annualRatePercent,
                termMonths, level, extra, rows.size(), totalPaid, totalInterest, rows, ROUNDING);
    }

    private static BigDecimal monthlyRate(BigDecimal annualRatePercent) {
        return DecimalMath.fromPercent(annualRatePercent).divide(TWELVE, MC);
    }

    private static void check(BigDecimal principal, BigDecimal annualRatePercent, int termMonths) {
        if (principal.signum() <= 0) {
            throw new IllegalArgumentException("principal must be > 0, got " + principal.toPlainString());
        }
        if (annualRatePercent.signum() < 0) {
            throw new IllegalArgumentException("annual_rate must be >= 0 (percent), got "
                    + annualRatePercent.toPlainString());
        }
        if (termMonths <= 0) {
            throw new IllegalArgumentException("term_months must be >= 1, got " + termMonths);
        }
    }
}
