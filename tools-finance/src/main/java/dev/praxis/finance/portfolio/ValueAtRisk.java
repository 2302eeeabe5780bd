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

    /**
     * The (1 − c) quantile of {@code values} with numpy's linear interpolation; {@code p} in [0, 1].
     *
     * @param values the sample
     * @param p the probability, in [0, 1]
     * @return the quantile
     */
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

    /**
     * Historical VaR by the k-th worst scenario or the interpolated quantile.
     *
     * @param returns the daily returns, as fractions
     * @param method the estimation method
     * @param position the position's value
     * @param currency the position's currency
     * @param confidence the confidence level, as a fraction
     * @param horizonDays the horizon in trading days
     * @return the value at risk and expected shortfall
     */
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
                Optional.empty(), definition + (horizonDays > 1 ? "; 1-day figure scaled by sqrt(" + horizonDays + ")" : ""),
                Optional.empty(), Optional.empty());
    }

    /**
     * Parametric VaR: z × σ × √h × position. {@code zOverride} reproduces textbooks that round z (Hull uses
     * 2.33 for 99 %); otherwise z is the exact normal quantile.
     *
     * @param position the position's value
     * @param currency the position's currency
     * @param dailyVolatility the daily volatility, as a fraction
     * @param confidence the confidence level, as a fraction
     * @param horizonDays the horizon in trading days
     * @param zOverride a z-score to use instead of the exact quantile
     * @param sampleSize the number of returns the volatility came from, reported with the result
     * @return the value at risk
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
                        + (zOverride.isPresent() ? "; z given by the caller" : "; z is the exact normal quantile"),
                Optional.empty(), Optional.empty());
    }

    /**
     * Parametric VaR of several positions: σ_P = √(Σᵢ Σⱼ ρᵢⱼ σᵢ σⱼ) with σᵢ = value × daily volatility, then
     * z × σ_P × √h, with the undiversified sum of stand-alone VaRs and the diversification benefit.
     *
     * @param values the positions' values
     * @param dailyVolatilities the positions' daily volatilities, as fractions
     * @param correlations the correlation matrix, one row per position
     * @param currency the positions' currency
     * @param confidence the confidence level, as a fraction
     * @param horizonDays the horizon in trading days
     * @param zOverride a z-score to use instead of the exact quantile
     * @return the portfolio value at risk, the undiversified sum and the diversification benefit
     */
    public static VarResult parametricPortfolio(List<BigDecimal> values, List<BigDecimal> dailyVolatilities,
                                                List<List<BigDecimal>> correlations, String currency,
                                                BigDecimal confidence, int horizonDays, Optional<BigDecimal> zOverride) {
        int n = values.size();
        checkCorrelations(correlations, n);
        BigDecimal variance = BigDecimal.ZERO;
        BigDecimal standAlone = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            BigDecimal sigmaI = values.get(i).multiply(dailyVolatilities.get(i), MC);
            standAlone = standAlone.add(sigmaI, MC);
            for (int j = 0; j < n; j++) {
                BigDecimal sigmaJ = values.get(j).multiply(dailyVolatilities.get(j), MC);
                variance = variance.add(correlations.get(i).get(j).multiply(sigmaI, MC).multiply(sigmaJ, MC), MC);
            }
        }
        if (variance.signum() < 0) {
            throw new IllegalArgumentException("correlations is not a valid correlation matrix: it gives a negative "
                    + "portfolio variance");
        }
        BigDecimal total = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal portfolioVolatility = DecimalMath.sqrt(variance).divide(total, MC);
        VarResult single = parametric(total, currency, portfolioVolatility, confidence, horizonDays, zOverride, 0);
        VarResult undiversified = parametric(total, currency, standAlone.divide(total, MC), confidence, horizonDays,
                zOverride, 0);
        Money benefit = Money.rounded(undiversified.valueAtRisk().amount().subtract(single.valueAtRisk().amount()),
                currency);
        return new VarResult(single.valueAtRisk(), single.expectedShortfall(), VarMethod.PARAMETRIC,
                single.confidencePercent(), horizonDays, 0, single.zScore(), single.dailyVolatilityPercent(),
                "normal with zero mean over " + n + " positions: z x sqrt(sum_ij rho_ij sigma_i sigma_j) x sqrt(horizon); "
                        + "daily_volatility_percent is the portfolio's", Optional.of(undiversified.valueAtRisk()),
                Optional.of(benefit));
    }

    private static void checkCorrelations(List<List<BigDecimal>> correlations, int n) {
        if (correlations.size() != n || correlations.stream().anyMatch(row -> row == null || row.size() != n)) {
            throw new IllegalArgumentException("correlations must be a " + n + " x " + n + " matrix, one row per position");
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                BigDecimal rho = correlations.get(i).get(j);
                if (rho == null || rho.abs().compareTo(BigDecimal.ONE) > 0
                        || (i == j && rho.compareTo(BigDecimal.ONE) != 0)
                        || rho.compareTo(correlations.get(j).get(i)) != 0) {
                    throw new IllegalArgumentException("correlations[" + i + "][" + j + "] = " + rho + ": the matrix "
                            + "must be symmetric with 1 on the diagonal and entries between -1 and 1");
                }
            }
        }
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
