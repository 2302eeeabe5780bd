package dev.praxis.finance.portfolio;

import dev.praxis.finance.money.Money;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Value at risk of a position: the loss not exceeded with the stated confidence over the horizon.
 *
 * @param valueAtRisk        the loss, positive (negative only if even the tail is a gain)
 * @param expectedShortfall  mean loss beyond the VaR (historical: mean of the tail scenarios; parametric:
 *                           σ·φ(z)/(1 − c))
 * @param method             the estimation method
 * @param confidencePercent  e.g. 99
 * @param horizonDays        horizon; historical 1-day figures are scaled by √horizon
 * @param sampleSize         number of returns used (0 when σ was given)
 * @param zScore             the normal quantile used (parametric)
 * @param dailyVolatilityPercent σ used (parametric)
 * @param quantileDefinition how the tail was read
 * @param undiversifiedVar   several positions: the sum of their stand-alone VaRs
 * @param diversificationBenefit several positions: undiversified VaR − portfolio VaR
 */
public record VarResult(Money valueAtRisk, Money expectedShortfall, VarMethod method, BigDecimal confidencePercent,
                        int horizonDays, int sampleSize, Optional<BigDecimal> zScore,
                        Optional<BigDecimal> dailyVolatilityPercent, String quantileDefinition,
                        Optional<Money> undiversifiedVar, Optional<Money> diversificationBenefit) {
}
