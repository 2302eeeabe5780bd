package dev.praxis.finance.portfolio;

import dev.praxis.finance.internal.DecimalMath;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.praxis.finance.internal.DecimalMath.MC;

/**
 * Performance metrics of periodic simple returns (fractions: 0.01 for 1 %), with empyrical's conventions:
 * sample standard deviation (ddof 1), annualisation by √periods-per-year (252 for daily data), Sharpe =
 * mean excess return / std × √ppy, Sortino's downside deviation = √(mean(min(0, r − rf)²)) over all periods,
 * drawdown measured on cumulative wealth starting at 1. The risk-free rate is annual and applied per period
 * as rf/ppy.
 *
 * <pre>{@code
 * Performance.of(returns, Optional.empty(), BigDecimal.ZERO, 252).sharpeRatio(); // 1.7238... for empyrical's "mixed"
 * }</pre>
 */
public final class Performance {

    private static final int SCALE = 10;

    private Performance() {
    }

    /**
     * Metrics of {@code returns}, with beta when {@code benchmark} (same length) is present.
     *
     * @param returns the periodic returns, as fractions
     * @param benchmark the benchmark's returns over the same periods, if any
     * @param riskFreeAnnual the annual risk-free rate, as a fraction
     * @param periodsPerYear the periods per year used to annualise
     * @return the metrics
     */
    public static PerformanceMetrics of(List<BigDecimal> returns, Optional<List<BigDecimal>> benchmark,
                                        BigDecimal riskFreeAnnual, int periodsPerYear) {
        check(returns, benchmark, periodsPerYear);
        int n = returns.size();
        BigDecimal rootPpy = DecimalMath.sqrt(BigDecimal.valueOf(periodsPerYear));
        BigDecimal growth = returns.stream().reduce(BigDecimal.ONE, (w, r) -> w.multiply(BigDecimal.ONE.add(r, MC), MC));
        BigDecimal cagr = growth.signum() <= 0 ? BigDecimal.ONE.negate()
                : DecimalMath.pow(growth, BigDecimal.valueOf(periodsPerYear).divide(BigDecimal.valueOf(n), MC))
                .subtract(BigDecimal.ONE, MC);
        BigDecimal rfPerPeriod = riskFreeAnnual.divide(BigDecimal.valueOf(periodsPerYear), MC);
        List<BigDecimal> excess = returns.stream().map(r -> r.subtract(rfPerPeriod, MC)).toList();
        BigDecimal std = ReturnStatistics.standardDeviation(returns);
        BigDecimal meanExcess = ReturnStatistics.mean(excess);
        Optional<BigDecimal> sharpe = std.signum() == 0 ? Optional.empty()
                : Optional.of(round(meanExcess.divide(std, MC).multiply(rootPpy, MC)));
        BigDecimal downside = DecimalMath.sqrt(ReturnStatistics.mean(excess.stream()
                .map(r -> r.min(BigDecimal.ZERO).pow(2, MC)).toList()));
        Optional<BigDecimal> sortino = downside.signum() == 0 ? Optional.empty()
                : Optional.of(round(meanExcess.divide(downside, MC).multiply(rootPpy, MC)));
        Drawdown drawdown = Drawdown.largest(returns);
        Optional<BigDecimal> beta = benchmark.flatMap(b -> beta(returns, b));
        return new PerformanceMetrics(n, percent(growth.subtract(BigDecimal.ONE, MC)), percent(cagr),
                percent(std.multiply(rootPpy, MC)), sharpe, sortino, percent(drawdown.depth()), drawdown.peak(),
                drawdown.trough(), beta, conventions(periodsPerYear, riskFreeAnnual));
    }

    private static Optional<BigDecimal> beta(List<BigDecimal> returns, List<BigDecimal> benchmark) {
        BigDecimal variance = ReturnStatistics.covariance(benchmark, benchmark);
        return variance.signum() == 0 ? Optional.empty()
                : Optional.of(round(ReturnStatistics.covariance(returns, benchmark).divide(variance, MC)));
    }

    private static List<String> conventions(int periodsPerYear, BigDecimal riskFreeAnnual) {
        List<String> notes = new ArrayList<>();
        notes.add("returns are simple periodic returns; " + periodsPerYear + " periods per year");
        notes.add("volatility: sample standard deviation (ddof 1) x sqrt(" + periodsPerYear + ")");
        notes.add("sharpe: mean(r - rf/" + periodsPerYear + ") / std(r) x sqrt(" + periodsPerYear + "), rf = "
                + DecimalMath.toPercent(riskFreeAnnual).stripTrailingZeros().toPlainString() + " % a year");
        notes.add("sortino: mean excess / sqrt(mean(min(0, r - rf/ppy)^2)) x sqrt(ppy), over all periods");
        notes.add("cagr: (1 + total return)^(" + periodsPerYear + " / periods) - 1");
        notes.add("max drawdown: worst fall of cumulative wealth from its running peak, negative");
        notes.add("beta: sample covariance(r, benchmark) / sample variance(benchmark)");
        notes.add("a ratio is left out when it is undefined: sharpe with zero volatility, sortino with no downside, "
                + "beta without a benchmark or with a constant one");
        return notes;
    }

    private static void check(List<BigDecimal> returns, Optional<List<BigDecimal>> benchmark, int periodsPerYear) {
        if (returns.size() < 2) {
            throw new IllegalArgumentException("returns need at least 2 periods, got " + returns.size());
        }
        for (int i = 0; i < returns.size(); i++) {
            if (returns.get(i).compareTo(BigDecimal.ONE.negate()) < 0) {
                throw new IllegalArgumentException("returns[" + i + "] is below -100 %: " + returns.get(i));
            }
        }
        if (periodsPerYear < 1) {
            throw new IllegalArgumentException("periods_per_year must be >= 1, got " + periodsPerYear);
        }
        if (benchmark.isPresent() && benchmark.get().size() != returns.size()) {
            throw new IllegalArgumentException("benchmark_returns must have as many periods as the returns ("
                    + returns.size() + "), got " + benchmark.get().size());
        }
    }

    private static BigDecimal percent(BigDecimal fraction) {
        return round(DecimalMath.toPercent(fraction));
    }

    private static BigDecimal round(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    /** The largest drawdown: depth (≤ 0) and the periods of its peak and trough. */
    record Drawdown(BigDecimal depth, int peak, int trough) {

        static Drawdown largest(List<BigDecimal> returns) {
            BigDecimal wealth = BigDecimal.ONE;
            BigDecimal peakWealth = BigDecimal.ONE;
            int peakAt = 0;
            Drawdown worst = new Drawdown(BigDecimal.ZERO, 0, 0);
            for (int t = 1; t <= returns.size(); t++) {
                wealth = wealth.multiply(BigDecimal.ONE.add(returns.get(t - 1), MC), MC);
                if (wealth.compareTo(peakWealth) > 0) {
                    peakWealth = wealth;
                    peakAt = t;
                }
                BigDecimal depth = wealth.divide(peakWealth, MC).subtract(BigDecimal.ONE, MC);
                if (depth.compareTo(worst.depth()) < 0) {
                    worst = new Drawdown(depth, peakAt, t);
                }
            }
            return worst;
        }
    }
}
