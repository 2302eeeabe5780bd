package dev.praxis.finance.portfolio;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** empyrical's test values and Hull's VaR examples, recomputed. */
class RiskReferenceTest {

    // empyrical tests/test_stats.py: mixed_returns = [nan, 0.01, 0.1, -0.04, 0.02, 0.03, 0.02, 0.01, -0.1]; the
    // leading NaN is dropped by every metric below, so the series is the eight numbers that follow it.
    private static final List<BigDecimal> MIXED = fractions(0.01, 0.1, -0.04, 0.02, 0.03, 0.02, 0.01, -0.1);

    // empyrical negative_returns = [0, -6, -7, -1, -9, -2, -6, -8, -5] / 100
    private static final List<BigDecimal> NEGATIVE = fractions(0.0, -0.06, -0.07, -0.01, -0.09, -0.02, -0.06, -0.08, -0.05);

    private static List<BigDecimal> fractions(double... values) {
        return Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
    }

    private static PerformanceMetrics daily(List<BigDecimal> returns) {
        return Performance.of(returns, Optional.empty(), BigDecimal.ZERO, 252);
    }

    @Test
    void sharpeOfMixedReturnsMatchesEmpyrical() {
        // empyrical test_sharpe_ratio: sharpe_ratio(mixed_returns, 0.0) = 1.7238613961706866
        assertThat(daily(MIXED).sharpeRatio()).hasValueSatisfying(s ->
                assertThat(s).isCloseTo(new BigDecimal("1.7238613961706866"), within(new BigDecimal("1e-9"))));
    }

    @Test
    void sharpeOfAllPositiveAndAllNegativeReturnsMatchesEmpyrical() {
        // empyrical test_sharpe_ratio: positive_returns -> 52.915026221291804, negative_returns -> -24.406808633910085
        assertThat(daily(fractions(0.01, 0.02, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01)).sharpeRatio())
                .hasValueSatisfying(s -> assertThat(s).isCloseTo(new BigDecimal("52.915026221291804"), within(new BigDecimal("1e-9"))));
        assertThat(daily(NEGATIVE).sharpeRatio())
                .hasValueSatisfying(s -> assertThat(s).isCloseTo(new BigDecimal("-24.406808633910085"), within(new BigDecimal("1e-9"))));
    }

    @Test
    void sortinoMatchesEmpyrical() {
        // empyrical test_sortino (required_return 0, daily): mixed_returns -> 2.605531251673693,
        // negative_returns -> -13.532743075043401, positive_returns -> inf (no downside; reported as absent here)
        assertThat(daily(MIXED).sortinoRatio()).hasValueSatisfying(s ->
                assertThat(s).isCloseTo(new BigDecimal("2.605531251673693"), within(new BigDecimal("1e-9"))));
        assertThat(daily(NEGATIVE).sortinoRatio()).hasValueSatisfying(s ->
                assertThat(s).isCloseTo(new BigDecimal("-13.532743075043401"), within(new BigDecimal("1e-9"))));
        assertThat(daily(fractions(0.01, 0.02, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01)).sortinoRatio()).isEmpty();
    }

    @Test
    void annualVolatilityOfMixedReturnsMatchesEmpyrical() {
        // empyrical test_annual_volatility: annual_volatility(mixed_returns, 'daily') = 0.9136465399704637
        assertThat(daily(MIXED).annualVolatilityPercent())
                .isCloseTo(new BigDecimal("91.36465399704637"), within(new BigDecimal("1e-8")));
    }

    @Test
    void maxDrawdownMatchesEmpyrical() {
        // empyrical test_max_drawdown: mixed_returns -> -0.1; [10, -10, 10] / 100 -> -0.10;
        // negative_returns -> -0.36590730349873601
        assertThat(daily(MIXED).maxDrawdownPercent()).isEqualByComparingTo("-10");
        assertThat(daily(fractions(0.1, -0.1, 0.1)).maxDrawdownPercent()).isEqualByComparingTo("-10");
        assertThat(daily(NEGATIVE).maxDrawdownPercent())
                .isCloseTo(new BigDecimal("-36.590730349873601"), within(new BigDecimal("1e-8")));
    }

    @Test
    void cagrOfFlatYearlyReturnsMatchesEmpyrical() {
        // empyrical test_cagr: cagr([0.03, 0.03, 0.03], 'yearly') = 0.03
        PerformanceMetrics yearly = Performance.of(fractions(0.03, 0.03, 0.03), Optional.empty(), BigDecimal.ZERO, 1);
        assertThat(yearly.cagrPercent()).isCloseTo(new BigDecimal("3"), within(new BigDecimal("1e-9")));
    }

    @Test
    void betaMatchesEmpyricalAlphaBeta() {
        // empyrical test_alpha_beta: beta(mixed, mixed) = 1.0, beta(mixed, -mixed) = -1.0, and
        // beta(mixed_returns, negative_returns[1:]) = -0.71296296296296313 (the NaN day dropped, dates aligned)
        List<BigDecimal> negatedMixed = MIXED.stream().map(BigDecimal::negate).toList();
        assertThat(Performance.of(MIXED, Optional.of(MIXED), BigDecimal.ZERO, 252).beta())
                .hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("1"));
        assertThat(Performance.of(MIXED, Optional.of(negatedMixed), BigDecimal.ZERO, 252).beta())
                .hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("-1"));
        assertThat(Performance.of(MIXED, Optional.of(NEGATIVE.subList(1, 9)), BigDecimal.ZERO, 252).beta())
                .hasValueSatisfying(b -> assertThat(b).isCloseTo(new BigDecimal("-0.71296296296296313"), within(new BigDecimal("1e-9"))));
    }

    @Test
    void interpolatedQuantileMatchesEmpyricalValueAtRisk() {
        // empyrical test_value_at_risk (np.percentile, linear): value_at_risk([1, 2], 0.3) = 1.3;
        // value_at_risk([1, 81, 82, 83, 84, 85], cutoff) = 41 (0.1), 81 (0.2), 81.5 (0.3)
        assertThat(ValueAtRisk.quantile(fractions(1, 2), new BigDecimal("0.3"))).isEqualByComparingTo("1.3");
        List<BigDecimal> values = fractions(1, 81, 82, 83, 84, 85);
        assertThat(ValueAtRisk.quantile(values, new BigDecimal("0.1"))).isEqualByComparingTo("41");
        assertThat(ValueAtRisk.quantile(values, new BigDecimal("0.2"))).isEqualByComparingTo("81");
        assertThat(ValueAtRisk.quantile(values, new BigDecimal("0.3"))).isEqualByComparingTo("81.5");
    }

    @Test
    void parametricVarMatchesHullMicrosoftExample() {
        // Hull, Options, Futures and Other Derivatives (5th ed., ch. 16) / Risk Management and Financial
        // Institutions (ch. on model building): $10M in Microsoft, daily sigma 2 %, 10 days, 99 %, z = 2.33
        // -> 10-day 99 % VaR = $1,473,621
        VarResult result = ValueAtRisk.parametric(new BigDecimal("10000000"), "USD", new BigDecimal("0.02"),
                new BigDecimal("0.99"), 10, Optional.of(new BigDecimal("2.33")), 0);
        assertThat(result.valueAtRisk().amount()).isCloseTo(new BigDecimal("1473621"), within(new BigDecimal("0.5")));
        assertThat(result.method()).isEqualTo(VarMethod.PARAMETRIC);
    }

    @Test
    void parametricVarMatchesHullAttExample() {
        // Hull, same chapter: $5M in AT&T, daily sigma 1 %, 10 days, 99 % -> $368,405
        VarResult result = ValueAtRisk.parametric(new BigDecimal("5000000"), "USD", new BigDecimal("0.01"),
                new BigDecimal("0.99"), 10, Optional.of(new BigDecimal("2.33")), 0);
        assertThat(result.valueAtRisk().amount()).isCloseTo(new BigDecimal("368405"), within(new BigDecimal("0.5")));
    }

    @Test
    void twoPositionParametricVarMatchesHullPortfolioExample() {
        // Hull, same chapter: both positions together with correlation 0.3; daily sigma of the portfolio
        // 220,227, 10-day 99 % VaR $1,622,657, diversification benefit $219,369 (= 1,473,621 + 368,405 - 1,622,657)
        VarResult result = ValueAtRisk.parametricPortfolio(
                List.of(new BigDecimal("10000000"), new BigDecimal("5000000")),
                List.of(new BigDecimal("0.02"), new BigDecimal("0.01")),
                List.of(List.of(BigDecimal.ONE, new BigDecimal("0.3")), List.of(new BigDecimal("0.3"), BigDecimal.ONE)),
                "USD", new BigDecimal("0.99"), 10, Optional.of(new BigDecimal("2.33")));
        assertThat(result.valueAtRisk().amount()).isCloseTo(new BigDecimal("1622657"), within(new BigDecimal("0.5")));
        assertThat(result.diversificationBenefit()).hasValueSatisfying(b ->
                assertThat(b.amount()).isCloseTo(new BigDecimal("219369"), within(new BigDecimal("1"))));
        // the portfolio's daily sigma, 220,227 on $15M, as a percent of the total value
        assertThat(result.dailyVolatilityPercent()).hasValueSatisfying(v -> assertThat(v.multiply(new BigDecimal("150000")))
                .isCloseTo(new BigDecimal("220227"), within(new BigDecimal("0.5"))));
    }

    @Test
    void exactNormalQuantileIsUsedWhenNoZIsGiven() {
        // z(99 %) = 2.3263478740408408 (standard normal tables); Hull rounds it to 2.33
        assertThat(NormalDistribution.inverseCdf(0.99)).isCloseTo(2.3263478740408408, within(1e-12));
        assertThat(NormalDistribution.inverseCdf(0.95)).isCloseTo(1.6448536269514722, within(1e-12));
        assertThat(NormalDistribution.inverseCdf(0.001)).isCloseTo(-3.090232306167813, within(1e-10));
    }

    @Test
    void historicalKthWorstFollowsHullsConvention() {
        // Hull, historical simulation: 500 scenarios, 99 % one-day VaR = the 5th worst loss
        List<BigDecimal> returns = java.util.stream.IntStream.rangeClosed(1, 500)
                .mapToObj(i -> BigDecimal.valueOf(i - 250).movePointLeft(4)).toList();
        VarResult result = ValueAtRisk.historical(returns, VarMethod.HISTORICAL_KTH_WORST, new BigDecimal("1000000"),
                "USD", new BigDecimal("0.99"), 1);
        // sorted returns: -0.0249, -0.0248, ..., so the 5th worst is -0.0245 -> a loss of 24,500 on $1M
        assertThat(result.valueAtRisk().amount()).isEqualByComparingTo("24500.00");
        assertThat(result.quantileDefinition()).contains("k = ceil(N x (1 - confidence)) = 5");
        // expected shortfall: mean of the 5 worst (-0.0249..-0.0245) = -0.0247
        assertThat(result.expectedShortfall().amount()).isEqualByComparingTo("24700.00");
    }
}
