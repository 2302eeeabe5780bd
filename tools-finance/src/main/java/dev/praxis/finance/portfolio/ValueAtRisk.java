package dev.praxis.finance.portfolio;

import dev.praxis.finance.internal.DecimalMath;
import dev.praxis.finance.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import static dev.praxis.finance.internal.DecimalMath.MC;

/**
 * Value at risk by the three methods of {@link VarMethod}. Returns are fractions; the position value is in
 * the result's currency. Historical 1-day figures are scaled to the horizon by √horizon (Hull's square-root
 * rule); the parametric model assumes a zero mean.
 *
 * <pre>{@code
 * // Hull's Microsoft example: $10M, σ = 2 % a day, 10 days, 99 %, z = 2.33 -> $1,473,621
 * ValueAtRisk.parametric(new BigDecimal("10000000"), "USD", new BigDecimal("0.02"), new BigDecimal("0.99"), 10,
 *         Optional.of(new BigDecimal("2.33")), 0);
 * }</pre>
 */
public final class ValueAtRisk {

    private ValueAtRisk() {
    }

    /** The (1 − c) quantile of {@code values} with numpy's linear interpolation; {@code p} in [0, 1]. */
    public static BigDecimal quantile(List<BigDecimal> values, BigDecimal p) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        BigDecimal position = p.multiply(BigDecimal.valueOf(sorted.size() - 1L), MC);
        int below = position.setScale(0, RoundingMode.FLOOR).intValueExact();
        BigDecimal weight = position.subtract(BigDecimal.valueOf(below), MC);
        if (below >= sorted.size() - 1) {
            return sorted.get(sorted.size() - 1);
        }
        BigDecimal low = sorted.get(below);
        return low.add(sorted.get(below + 1).subtract(low, MC).multiply(weight, MC), MC);
    }

    /** Historical VaR by the k-th worst scenario or the interpolated quantile. */
    public static VarResult historical(List<BigDecimal> returns, VarMethod method, BigDecimal position,
                                       String currency, BigDecimal confidence, int horizonDays) {
        check(position, confidence, horizonDays);
        if (returns.size() < 2) {
            throw new IllegalArgumentException("returns need at least 2 observations for historical VaR, got "
                    + returns.size());
        }
        List<BigDecimal> sorted = returns.stream().sorted().toList();
        BigDecimal tail = BigDecimal.ONE.subtract(confidence, MC);
        BigDecimal cutoff;
        List<BigDecimal> tailReturns;
        String definition;
        if (method == VarMethod.HISTORICAL_KTH_WORST) {
            int k = Math.max(1, tail.multiply(BigDecimal.valueOf(sorted.size()), MC)
                    .setScale(0, RoundingMode.CEILING).intValueExact());
            cutoff = sorted.get(k - 1);
            tailReturns = sorted.subList(0, k);
            definition = "k-th worst of N = " + sorted.size() + " scenarios, k = ceil(N x (1 - confidence)) = " + k;
        } else {
            cutoff = quantile(sorted, tail);
            BigDecimal limit = cutoff;
            tailReturns = sorted.stream().filter(r -> r.compareTo(limit) <= 0).toList();
            definition = "linear interpolation between order statistics at (N - 1) x (1 - confidence), as numpy.percentile";
        }
        BigDecimal scale = DecimalMath.sqrt(BigDecimal.valueOf(horizonDays)).multiply(position, MC);
        BigDecimal var = cutoff.negate().multiply(scale, MC);
        BigDecimal shortfall = ReturnStatistics.mean(tailReturns).negate().multiply(scale, MC);
        return new VarResult(Money.rounded(var, currency), Money.rounded(shortfall, currency), method,
                DecimalMath.toPercent(confidence).stripTrailingZeros(), horizonDays, returns.size(), Optional.empty(),
                Optional.empty(), definition + (horizonDays > 1 ? "; 1-day figure scaled by sqrt(" + horizonDays + ")" : ""));
    }

    /**
     * Parametric VaR: z × σ × √h × position. {@code zOverride} reproduces textbooks that round z (Hull uses
     * 2.33 for 99 %); otherwise z is the exact normal quantile.
     */
    public static VarResult parametric(BigDecimal position, String currency, BigDecimal dailyVolatility,
                                       BigDecimal confidence, int horizonDays, Optional<BigDecimal> zOverride,
                                       int sampleSize) {
        check(position, confidence, horizonDays);
        if (dailyVolatility.signum() < 0) {
            throw new IllegalArgumentException("daily_volatility must be >= 0, got " + dailyVolatility.toPlainString());
        }
        BigDecimal z = zOverride.orElseGet(() -> new BigDecimal(NormalDistribution.inverseCdf(confidence.doubleValue()), MC));
        BigDecimal sigmaH = dailyVolatility.multiply(DecimalMath.sqrt(BigDecimal.valueOf(horizonDays)), MC)
                .multiply(position, MC);
        BigDecimal var = z.multiply(sigmaH, MC);
        BigDecimal density = new BigDecimal(NormalDistribution.density(z.doubleValue()), MC);
        BigDecimal shortfall = sigmaH.multiply(density, MC).divide(BigDecimal.ONE.subtract(confidence, MC), MC);
        return new VarResult(Money.rounded(var, currency), Money.rounded(shortfall, currency), VarMethod.PARAMETRIC,
                DecimalMath.toPercent(confidence).stripTrailingZeros(), horizonDays, sampleSize,
                Optional.of(z.setScale(6, RoundingMode.HALF_EVEN)),
                Optional.of(DecimalMath.toPercent(dailyVolatility).setScale(8, RoundingMode.HALF_EVEN)),
                "normal with zero mean: z x sigma x sqrt(horizon) x position"
                        + (zOverride.isPresent() ? "; z given by the caller" : "; z is the exact normal quantile"));
    }

    private static void check(BigDecimal position, BigDecimal confidence, int horizonDays) {
        if (position.signum() <= 0) {
            throw new IllegalArgumentException("position_value must be > 0, got " + position.toPlainString());
        }
        if (confidence.compareTo(new BigDecimal("0.5")) < 0 || confidence.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("confidence must be at least 50 and below 100 (percent), got "
                    + DecimalMath.toPercent(confidence).stripTrailingZeros().toPlainString());
        }
        if (horizonDays < 1) {
            throw new IllegalArgumentException("horizon_days must be >= 1, got " + horizonDays);
        }
    }
}
