package dev.praxis.finance.cashflow;

import dev.praxis.finance.internal.Dates;
import dev.praxis.finance.internal.DecimalMath;
import dev.praxis.finance.internal.Guard;
import dev.praxis.finance.money.Money;
import dev.praxis.tool.Param;
import dev.praxis.tool.ToolException;
import dev.praxis.tool.ToolFunction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.praxis.finance.internal.DecimalMath.MC;
import org.jspecify.annotations.Nullable;

/**
 * Cash-flow tools. All rates are percentages (8 means 8 %). Examples:
 *
 * <pre>{@code
 * future_value  {"annual_rate": 5, "periods_per_year": 12, "periods": 120, "payment": -100, "present_value": -100}
 *               -> {"future_value": {"amount": 15692.93, "currency": "USD"}, ...}
 * present_value {"annual_rate": 8, "periods_per_year": 12, "periods": 240, "payment": 500} -> -59777.15
 * npv   {"rate": 8, "cash_flows": [-40000, 5000, 8000, 12000, 30000]} -> {"npv": 3065.22, "convention": "FIRST_FLOW_AT_T0 ..."}
 * irr   {"cash_flows": [-100, 39, 59, 55, 20]} -> {"rate_percent": 28.0948421160, "converged": true, ...}
 * xnpv  {"rate": 9, "flows": [{"date": "2014-01-01", "amount": -10000}, {"date": "2014-03-01", "amount": 2750}, ...]}
 * xirr  {"flows": [...same...]} -> {"rate_percent": 37.4858597687, ...}
 * effective_rate {"nominal_rate": 5.25, "periods_per_year": 4} -> {"rate_percent": 5.3542667371, ...}
 * cagr  {"start_value": 10000, "end_value": 21000, "years": 4} -> {"rate_percent": 20.3801343503, ...}
 * }</pre>
 */
public final class CashFlowTools {

    /** Most flows in one call: a century of monthly flows, as the longest amortization schedule (1,200 months). */
    public static final int MAX_FLOWS = 1_200;

    private static final String SIGNS = "money paid out is negative, money received positive (spreadsheet and "
            + "numpy-financial convention)";

    /**
     * The {@code future_value} tool: future value of a present amount and/or a series of equal periodic payments
     * (spreadsheet FV).
     *
     * @param annualRate nominal annual interest rate in percent, e.g. 5 for 5 %
     * @param periods number of compounding periods
     * @param periodsPerYear periods per year, e.g. 12 for monthly; default 1
     * @param payment payment each period, negative when paid out; default 0
     * @param presentValue amount at the start, negative when paid out (deposited); default 0
     * @param timing END (default) or BEGIN of each period
     * @param currency ISO-4217 currency; default USD
     * @return the future value, rounded to the currency, and its inputs
     */
    @ToolFunction(name = "future_value", description = "Future value of a present amount and/or a series of equal "
            + "periodic payments (spreadsheet FV). Money paid out is negative: depositing 100 a month is payment "
            + "-100 and gives a positive future value.")
    public FutureValue futureValue(
            @Param(value = "Nominal annual interest rate in percent, e.g. 5 for 5 %", min = "-99") BigDecimal annualRate,
            @Param(value = "Number of compounding periods", min = "0.0001", max = "100000") BigDecimal periods,
            @Param(value = "Periods per year, e.g. 12 for monthly; default 1", required = false, min = "1", max = "365")
            @Nullable Integer periodsPerYear,
            @Param(value = "Payment each period, negative when paid out; default 0", required = false) @Nullable BigDecimal payment,
            @Param(value = "Amount at the start, negative when paid out (deposited); default 0", required = false)
            @Nullable BigDecimal presentValue,
            @Param(value = "END (default) or BEGIN of each period", required = false) @Nullable PaymentTiming timing,
            @Param(value = "ISO-4217 currency; default USD", required = false) @Nullable String currency) {
        BigDecimal rate = perPeriod(annualRate, periodsPerYear);
        PaymentTiming when = timing == null ? PaymentTiming.END : timing;
        BigDecimal value = Guard.call(() -> TimeValue.futureValue(rate, periods, orZero(payment), orZero(presentValue), when));
        return new FutureValue(Money.rounded(value, orUsd(currency)), percent(rate), periods, when, SIGNS);
    }

    /**
     * The {@code present_value} tool: present value of a future amount and/or a series of equal periodic payments
     * (spreadsheet PV).
     *
     * @param annualRate nominal annual discount rate in percent, e.g. 8 for 8 %
     * @param periods number of periods
     * @param periodsPerYear periods per year, e.g. 12 for monthly; default 1
     * @param payment payment each period, negative when paid out; default 0
     * @param futureValue amount at the end, negative when paid out; default 0
     * @param timing END (default) or BEGIN of each period
     * @param currency ISO-4217 currency; default USD
     * @return the present value, rounded to the currency, and its inputs
     */
    @ToolFunction(name = "present_value", description = "Present value of a future amount and/or a series of equal "
            + "periodic payments (spreadsheet PV). Receiving 500 a month is payment 500 and gives a negative present "
            + "value: what you would pay today.")
    public PresentValue presentValue(
            @Param(value = "Nominal annual discount rate in percent, e.g. 8 for 8 %", min = "-99") BigDecimal annualRate,
            @Param(value = "Number of periods", min = "0.0001", max = "100000") BigDecimal periods,
            @Param(value = "Periods per year, e.g. 12 for monthly; default 1", required = false, min = "1", max = "365")
            @Nullable Integer periodsPerYear,
            @Param(value = "Payment each period, negative when paid out; default 0", required = false) @Nullable BigDecimal payment,
            @Param(value = "Amount at the end, negative when paid out; default 0", required = false) @Nullable BigDecimal futureValue,
            @Param(value = "END (default) or BEGIN of each period", required = false) @Nullable PaymentTiming timing,
            @Param(value = "ISO-4217 currency; default USD", required = false) @Nullable String currency) {
        BigDecimal rate = perPeriod(annualRate, periodsPerYear);
        PaymentTiming when = timing == null ? PaymentTiming.END : timing;
        BigDecimal value = Guard.call(() -> TimeValue.presentValue(rate, periods, orZero(payment), orZero(futureValue), when));
        return new PresentValue(Money.rounded(value, orUsd(currency)), percent(rate), periods, when, SIGNS);
    }

    /**
     * The {@code npv} tool: net present value of equally spaced cash flows at a discount rate per period.
     *
     * @param rate discount rate per period in percent, e.g. 8 for 8 %
     * @param cashFlows cash flows in time order, negative when paid out
     * @param convention FIRST_FLOW_AT_T0 (default, numpy-financial) or FIRST_FLOW_AT_T1 (spreadsheet NPV)
     * @param currency ISO-4217 currency of the flows, for rounding; optional
     * @return the net present value and the convention used
     */
    @ToolFunction(name = "npv", description = "Net present value of equally spaced cash flows at a discount rate "
            + "per period. By default the first flow is at time 0 (not discounted, as numpy-financial); pass "
            + "convention FIRST_FLOW_AT_T1 for the spreadsheet NPV() function, which discounts the first flow too.")
    public NpvResult npv(
            @Param(value = "Discount rate per period in percent, e.g. 8 for 8 %", min = "-99") BigDecimal rate,
            @Param(value = "Cash flows in time order, negative when paid out", maxItems = MAX_FLOWS)
            List<BigDecimal> cashFlows,
            @Param(value = "FIRST_FLOW_AT_T0 (default, numpy-financial) or FIRST_FLOW_AT_T1 (spreadsheet NPV)",
                    required = false) @Nullable NpvConvention convention,
            @Param(value = "ISO-4217 currency of the flows, for rounding; optional", required = false) @Nullable String currency) {
        NpvConvention used = convention == null ? NpvConvention.FIRST_FLOW_AT_T0 : convention;
        BigDecimal value = Guard.call(() -> CashFlows.npv(DecimalMath.fromPercent(rate), cashFlows, used));
        String note = used == NpvConvention.FIRST_FLOW_AT_T0
                ? "FIRST_FLOW_AT_T0: the first flow is at time 0 and not discounted"
                : "FIRST_FLOW_AT_T1: the first flow is discounted one period, as the spreadsheet NPV()";
        return new NpvResult(round(value, currency), code(currency), rate, note, cashFlows.size());
    }

    /**
     * The {@code irr} tool: internal rate of return per period of equally spaced cash flows, the first at time 0.
     *
     * @param cashFlows cash flows in time order; needs at least one negative and one positive
     * @param guess starting guess in percent; default 10
     * @return the rate in percent, or why no unique rate was found
     */
    @ToolFunction(name = "irr", description = "Internal rate of return per period of equally spaced cash flows, the "
            + "first at time 0. Returns converged=false when no rate exists and a warning when the flows change "
            + "sign more than once (several rates are then possible).")
    public IrrResult irr(
            @Param(value = "Cash flows in time order; needs at least one negative and one positive",
                    maxItems = MAX_FLOWS) List<BigDecimal> cashFlows,
            @Param(value = "Starting guess in percent; default 10", required = false, min = "-99") @Nullable BigDecimal guess) {
        return Guard.call(() -> CashFlows.irr(cashFlows, guessFraction(guess)));
    }

    /**
     * The {@code xnpv} tool: net present value of cash flows on irregular dates, discounted from the first flow's
     * date with actual/365 day count (spreadsheet XNPV).
     *
     * @param rate annual discount rate in percent, e.g. 9 for 9 %
     * @param flows dated cash flows; the first is the earliest
     * @param currency ISO-4217 currency of the flows, for rounding; optional
     * @return the net present value of the dated flows
     */
    @ToolFunction(name = "xnpv", description = "Net present value of cash flows on irregular dates, discounted "
            + "from the first flow's date with actual/365 day count (spreadsheet XNPV).")
    public NpvResult xnpv(
            @Param(value = "Annual discount rate in percent, e.g. 9 for 9 %", min = "-99") BigDecimal rate,
            @Param(value = "Dated cash flows; the first is the earliest", maxItems = MAX_FLOWS) List<DatedFlow> flows,
            @Param(value = "ISO-4217 currency of the flows, for rounding; optional", required = false) @Nullable String currency) {
        List<CashFlow> parsed = parse(flows);
        BigDecimal value = Guard.call(() -> CashFlows.xnpv(DecimalMath.fromPercent(rate), parsed));
        return new NpvResult(round(value, currency), code(currency), rate,
                "actual/365 from the first flow's date (spreadsheet XNPV)", flows.size());
    }

    /**
     * The {@code xirr} tool: annual internal rate of return of cash flows on irregular dates, actual/365 from the
     * first flow's date (spreadsheet XIRR).
     *
     * @param flows dated cash flows; the first is the earliest; needs a negative and a positive amount
     * @param guess starting guess in percent; default 10
     * @return the annual rate in percent, or why no unique rate was found
     */
    @ToolFunction(name = "xirr", description = "Annual internal rate of return of cash flows on irregular dates, "
            + "actual/365 from the first flow's date (spreadsheet XIRR).")
    public IrrResult xirr(
            @Param(value = "Dated cash flows; the first is the earliest; needs a negative and a positive amount",
                    maxItems = MAX_FLOWS) List<DatedFlow> flows,
            @Param(value = "Starting guess in percent; default 10", required = false, min = "-99") @Nullable BigDecimal guess) {
        List<CashFlow> parsed = parse(flows);
        return Guard.call(() -> CashFlows.xirr(parsed, guessFraction(guess)));
    }

    /**
     * The {@code effective_rate} tool: effective annual rate of a nominal annual rate compounded several times a year
     * (spreadsheet EFFECT), in percent.
     *
     * @param nominalRate nominal annual rate in percent, e.g. 5.25
     * @param periodsPerYear compounding periods per year, e.g. 12 for monthly
     * @return the effective annual rate in percent
     */
    @ToolFunction(name = "effective_rate", description = "Effective annual rate of a nominal annual rate compounded "
            + "several times a year (spreadsheet EFFECT), in percent.")
    public RateResult effectiveRate(
            @Param(value = "Nominal annual rate in percent, e.g. 5.25", min = "-99") BigDecimal nominalRate,
            @Param(value = "Compounding periods per year, e.g. 12 for monthly", min = "1", max = "100000") int periodsPerYear) {
        BigDecimal rate = Guard.call(() -> Growth.effectiveRate(DecimalMath.fromPercent(nominalRate), periodsPerYear));
        return new RateResult(percent(rate), "(1 + nominal/m)^m - 1 with m = " + periodsPerYear);
    }

    /**
     * The {@code cagr} tool: compound annual growth rate between a start and an end value over a number of years (may
     * be fractional), in percent.
     *
     * @param startValue value at the start
     * @param endValue value at the end
     * @param years years between the two values, e.g. 4 or 2.5
     * @return the growth rate in percent
     */
    @ToolFunction(name = "cagr", description = "Compound annual growth rate between a start and an end value over "
            + "a number of years (may be fractional), in percent.")
    public RateResult cagr(
            @Param(value = "Value at the start", min = "0.000001") BigDecimal startValue,
            @Param(value = "Value at the end", min = "0") BigDecimal endValue,
            @Param(value = "Years between the two values, e.g. 4 or 2.5", min = "0.000001") BigDecimal years) {
        BigDecimal rate = Guard.call(() -> Growth.cagr(startValue, endValue, years));
        return new RateResult(percent(rate), "(end_value / start_value)^(1 / years) - 1");
    }

    private static List<CashFlow> parse(List<DatedFlow> flows) {
        List<CashFlow> parsed = new ArrayList<>();
        for (int i = 0; i < flows.size(); i++) {
            DatedFlow flow = flows.get(i);
            if (flow.amount() == null) {
                throw new ToolException("flows[" + i + "].amount is required");
            }
            parsed.add(new CashFlow(Dates.parse(flow.date(), "flows[" + i + "].date"), flow.amount()));
        }
        return parsed;
    }

    private static BigDecimal perPeriod(BigDecimal annualRatePercent, Integer periodsPerYear) {
        int m = periodsPerYear == null ? 1 : periodsPerYear;
        return DecimalMath.fromPercent(annualRatePercent).divide(BigDecimal.valueOf(m), MC);
    }

    private static BigDecimal guessFraction(BigDecimal guessPercent) {
        return guessPercent == null ? CashFlows.DEFAULT_GUESS : DecimalMath.fromPercent(guessPercent);
    }

    private static BigDecimal round(BigDecimal value, String currency) {
        return currency == null
                ? Guard.call(() -> DecimalMath.requireReasonable(value, "the result")).setScale(2, Money.ROUNDING)
                : Money.rounded(value, currency).amount();
    }

    private static Optional<String> code(String currency) {
        return Optional.ofNullable(currency).map(c -> Money.currencyCode(c, "currency"));
    }

    private static BigDecimal percent(BigDecimal fraction) {
        return Guard.call(() -> DecimalMath.toPercent(fraction)).setScale(10, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static String orUsd(String currency) {
        return currency == null ? "USD" : currency;
    }
}
