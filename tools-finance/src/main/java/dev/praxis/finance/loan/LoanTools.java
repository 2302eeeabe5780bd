package dev.praxis.finance.loan;

import dev.praxis.finance.internal.Dates;
import dev.praxis.finance.internal.Guard;
import dev.praxis.tool.Param;
import dev.praxis.tool.ToolFunction;

import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The loan tools an agent calls. Example call and result (abridged):
 *
 * <pre>{@code
 * loan_payment {"principal": 10000, "annual_rate": 8, "term_months": 10}
 *   -> {"monthly_payment": {"amount": 1037.03, "currency": "USD"}, "total_paid": {"amount": 10370.32, ...},
 *       "total_interest": {"amount": 370.32, ...}, ...}
 * amortization_schedule {"principal": 2500, "annual_rate": 8.24, "term_months": 12, "extra_monthly_payment": 50}
 *   -> {"rows": [{"number": 1, "payment": 267.75, "interest": 17.17, "principal": 250.58, "balance": 2249.42}, ...]}
 * }</pre>
 */
public final class LoanTools {

    /**
     * The {@code loan_payment} tool: monthly payment of a fixed-rate amortising loan, with the total paid and total
     * interest over the term.
     *
     * @param principal amount borrowed
     * @param annualRate nominal annual interest rate in percent, e.g. 6.5 for 6.5 %
     * @param termMonths number of monthly payments, e.g. 360 for 30 years
     * @param currency ISO-4217 currency of the loan; default USD
     * @return the payment, total paid and total interest
     */
    @ToolFunction(name = "loan_payment", description = "Monthly payment of a fixed-rate amortising loan, with the "
            + "total paid and total interest over the term. Rates are annual percentages (6.5 means 6.5 %), "
            + "compounded monthly. Use this instead of computing a payment yourself.")
    public LoanPayment loanPayment(
            @Param(value = "Amount borrowed", min = "0.01", max = "1000000000000000") BigDecimal principal,
            @Param(value = "Nominal annual interest rate in percent, e.g. 6.5 for 6.5 %", min = "0", max = "100")
            BigDecimal annualRate,
            @Param(value = "Number of monthly payments, e.g. 360 for 30 years", min = "1", max = "1200") int termMonths,
            @Param(value = "ISO-4217 currency of the loan; default USD", required = false) @Nullable String currency) {
        return Guard.call(() -> Loans.payment(principal, annualRate, termMonths, currency == null ? "USD" : currency));
    }

    /**
     * The {@code amortization_schedule} tool: month-by-month schedule of a fixed-rate loan: payment, interest,
     * principal and remaining balance per month, rounded to cents; the last payment absorbs the rounding residual.
     *
     * @param principal amount borrowed
     * @param annualRate nominal annual interest rate in percent, e.g. 6.5 for 6.5 %
     * @param termMonths number of monthly payments
     * @param extraMonthlyPayment extra principal paid every month; default 0
     * @param firstPaymentDate due date of the first payment (YYYY-MM-DD); rows get dates when given
     * @param currency ISO-4217 currency of the loan; default USD
     * @return one row per payment and the totals
     */
    @ToolFunction(name = "amortization_schedule", description = "Month-by-month schedule of a fixed-rate loan: "
            + "payment, interest, principal and remaining balance per month, rounded to cents; the last payment "
            + "absorbs the rounding residual. An optional extra monthly payment shortens the loan.")
    public AmortizationSchedule amortizationSchedule(
            @Param(value = "Amount borrowed", min = "0.01", max = "1000000000000000") BigDecimal principal,
            @Param(value = "Nominal annual interest rate in percent, e.g. 6.5 for 6.5 %", min = "0", max = "100")
            BigDecimal annualRate,
            @Param(value = "Number of monthly payments", min = "1", max = "1200") int termMonths,
            @Param(value = "Extra principal paid every month; default 0", required = false, min = "0")
            @Nullable BigDecimal extraMonthlyPayment,
            @Param(value = "Due date of the first payment (YYYY-MM-DD); rows get dates when given", required = false)
            @Nullable String firstPaymentDate,
            @Param(value = "ISO-4217 currency of the loan; default USD", required = false) @Nullable String currency) {
        Optional<java.time.LocalDate> first = firstPaymentDate == null ? Optional.empty()
                : Optional.of(Dates.parse(firstPaymentDate, "first_payment_date"));
        return Guard.call(() -> Loans.schedule(principal, annualRate, termMonths,
                extraMonthlyPayment == null ? BigDecimal.ZERO : extraMonthlyPayment, first,
                currency == null ? "USD" : currency));
    }
}
