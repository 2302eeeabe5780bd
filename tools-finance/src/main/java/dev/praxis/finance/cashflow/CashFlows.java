package dev.praxis.finance.cashflow;

import dev.praxis.finance.internal.DecimalMath;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static dev.praxis.finance.internal.DecimalMath.MC;

/**
 * Discounted cash flows: NPV in either timing convention, IRR, and their dated counterparts XNPV/XIRR, which
 * discount each flow by {@code (1 + rate)^((d − d₀)/365)} from the first flow's date (actual/365, no leap-year
 * adjustment, as spreadsheets do). Rates are fractions (0.08 for 8 %).
 *
 * <pre>{@code
 * CashFlows.npv(new BigDecimal("0.08"), amounts(-40000, 5000, 8000, 12000, 30000),
 *         NpvConvention.FIRST_FLOW_AT_T0); // 3065.2226681795255...
 * }</pre>
 */
public final class CashFlows {

    /** Day-count basis of XNPV/XIRR. */
    static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);
    /** The starting point of the IRR search when none is given, as in spreadsheets. */
    public static final BigDecimal DEFAULT_GUESS = new BigDecimal("0.1");

    private CashFlows() {
    }

    /**
     * Net present value of equally spaced flows at {@code rate} per period.
     *
     * @param rate the discount rate per period, as a fraction
     * @param flows the flows in time order
     * @param convention whether the first flow is at time 0 or 1
     * @return the net present value
     */
    public static BigDecimal npv(BigDecimal rate, List<BigDecimal> flows, NpvConvention convention) {
        requireFlows(flows.size(), "cash_flows");
        checkRate(rate);
        BigDecimal discount = BigDecimal.ONE.divide(BigDecimal.ONE.add(rate, MC), MC);
        BigDecimal factor = convention == NpvConvention.FIRST_FLOW_AT_T0 ? BigDecimal.ONE : discount;
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal flow : flows) {
            sum = sum.add(flow.multiply(factor, MC), MC);
            factor = factor.multiply(discount, MC);
        }
        return sum;
    }

    /**
     * Net present value of dated flows, actual/365 from the first flow's date.
     *
     * @param rate the annual discount rate, as a fraction
     * @param flows the dated flows; the first is the earliest
     * @return the net present value at the first flow's date
     */
    public static BigDecimal xnpv(BigDecimal rate, List<CashFlow> flows) {
        checkRate(rate);
        return new Dated(flows).valueAndSlope(rate)[0];
    }

    /**
     * Internal rate of return per period of equally spaced flows, the first at time 0.
     *
     * @param flows the flows in time order; needs a negative and a positive one
     * @param guess the starting guess, as a fraction
     * @return the rate as a fraction, or why no unique rate was found
     */
    public static IrrResult irr(List<BigDecimal> flows, BigDecimal guess) {
        requireSignChange(flows, "cash_flows");
        checkRate(guess);
        return IrrSolver.solve(new Periodic(flows), guess);
    }

    /**
     * Annual internal rate of return of dated flows (actual/365).
     *
     * @param flows the dated flows; needs a negative and a positive amount
     * @param guess the starting guess, as a fraction
     * @return the annual rate as a fraction, or why no unique rate was found
     */
    public static IrrResult xirr(List<CashFlow> flows, BigDecimal guess) {
        requireSignChange(flows.stream().map(CashFlow::amount).toList(), "flows");
        checkRate(guess);
        return IrrSolver.solve(new Dated(flows), guess);
    }

    static int signChanges(List<BigDecimal> amounts) {
        int changes = 0;
        int last = 0;
        for (BigDecimal amount : amounts) {
            int sign = amount.signum();
            if (sign != 0) {
                changes += last != 0 && sign != last ? 1 : 0;
                last = sign;
            }
        }
        return changes;
    }

    private static void requireSignChange(List<BigDecimal> amounts, String parameter) {
        requireFlows(amounts.size(), parameter);
        if (signChanges(amounts) == 0) {
            throw new IllegalArgumentException(parameter + " must contain at least one negative (paid out) and one "
                    + "positive (received) amount: without a sign change no rate makes the NPV zero, so there is no IRR");
        }
    }

    private static void requireFlows(int size, String parameter) {
        if (size == 0) {
            throw new IllegalArgumentException(parameter + " must not be empty");
        }
    }

    private static void checkRate(BigDecimal rate) {
        if (rate.compareTo(BigDecimal.ONE.negate()) <= 0) {
            throw new IllegalArgumentException("rate must be above -100 %, got "
                    + DecimalMath.toPercent(rate).stripTrailingZeros().toPlainString() + " %");
        }
    }

    private static BigDecimal scale(List<BigDecimal> amounts) {
        return amounts.stream().map(BigDecimal::abs).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Flows at t = 0, 1, 2, ... */
    private record Periodic(List<BigDecimal> flows) implements FlowSeries {

        @Override
        public double approximateValue(double rate) {
            double value = 0;
            for (int t = flows.size() - 1; t >= 0; t--) {
                value = value / (1 + rate) + flows.get(t).doubleValue();
            }
            return value;
        }

        @Override
        public BigDecimal[] valueAndSlope(BigDecimal rate) {
            BigDecimal discount = BigDecimal.ONE.divide(BigDecimal.ONE.add(rate, MC), MC);
            BigDecimal factor = BigDecimal.ONE;
            BigDecimal value = BigDecimal.ZERO;
            BigDecimal slope = BigDecimal.ZERO;
            for (int t = 0; t < flows.size(); t++) {
                BigDecimal pv = flows.get(t).multiply(factor, MC);
                value = value.add(pv, MC);
                slope = slope.subtract(pv.multiply(BigDecimal.valueOf(t), MC).multiply(discount, MC), MC);
                factor = factor.multiply(discount, MC);
            }
            return new BigDecimal[] {value, slope};
        }

        @Override
        public int signChanges() {
            return CashFlows.signChanges(flows);
        }

        @Override
        public BigDecimal scale() {
            return CashFlows.scale(flows);
        }
    }

    /** Flows at (d − d₀)/365 years. */
    private record Dated(List<CashFlow> flows, List<BigDecimal> years) implements FlowSeries {

        Dated(List<CashFlow> flows) {
            this(List.copyOf(flows), years(flows));
        }

        private static List<BigDecimal> years(List<CashFlow> flows) {
            requireFlows(flows.size(), "flows");
            var first = flows.get(0).date();
            for (int i = 1; i < flows.size(); i++) {
                if (flows.get(i).date().isBefore(first)) {
                    throw new IllegalArgumentException("flows[" + i + "].date " + flows.get(i).date()
                            + " is before the first flow's date " + first + "; the first flow must be the earliest");
                }
            }
            return flows.stream().map(f -> BigDecimal.valueOf(ChronoUnit.DAYS.between(first, f.date()))
                    .divide(DAYS_PER_YEAR, MC)).toList();
        }

        @Override
        public double approximateValue(double rate) {
            double value = 0;
            for (int i = 0; i < flows.size(); i++) {
                value += flows.get(i).amount().doubleValue() / Math.pow(1 + rate, years.get(i).doubleValue());
            }
            return value;
        }

        @Override
        public BigDecimal[] valueAndSlope(BigDecimal rate) {
            BigDecimal base = BigDecimal.ONE.add(rate, MC);
            BigDecimal logBase = DecimalMath.ln(base);
            BigDecimal value = BigDecimal.ZERO;
            BigDecimal slope = BigDecimal.ZERO;
            for (int i = 0; i < flows.size(); i++) {
                BigDecimal t = years.get(i);
                BigDecimal pv = flows.get(i).amount().multiply(DecimalMath.exp(t.negate().multiply(logBase, MC)), MC);
                value = value.add(pv, MC);
                slope = slope.subtract(pv.multiply(t, MC).divide(base, MC), MC);
            }
            return new BigDecimal[] {value, slope};
        }

        @Override
        public int signChanges() {
            return CashFlows.signChanges(flows.stream().map(CashFlow::amount).toList());
        }

        @Override
        public BigDecimal scale() {
            return CashFlows.scale(flows.stream().map(CashFlow::amount).toList());
        }
    }
}
