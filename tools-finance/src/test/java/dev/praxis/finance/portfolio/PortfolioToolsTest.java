package dev.praxis.finance.portfolio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.finance.ToolCalls;
import dev.praxis.finance.market.SampleMarketData;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import static org.assertj.core.api.Assertions.assertThat;

class PortfolioToolsTest {

    private final ToolCalls calls = ToolCalls.defaults();
    private final SampleMarketData data = new SampleMarketData();

    @Test
    void valuesHoldingsInTheBaseCurrencyWithWeightsAndPnl() {
        JsonNode valuation = calls.ok("portfolio_valuation", "{\"holdings\": [{\"symbol\": \"AAPL\", \"quantity\": 10, "
                + "\"cost_basis\": 1500}, {\"symbol\": \"SAP.DE\", \"quantity\": 4}], \"base_currency\": \"USD\"}");
        BigDecimal aapl = data.quote("AAPL").price().multiply(BigDecimal.TEN);
        BigDecimal sapUsd = data.quote("SAP.DE").price().multiply(BigDecimal.valueOf(4))
                .divide(new BigDecimal("0.92"), MathContext.DECIMAL128).setScale(2, RoundingMode.HALF_UP);
        assertThat(new BigDecimal(valuation.at("/positions/0/market_value_base/amount").textValue())).isEqualByComparingTo(aapl);
        assertThat(new BigDecimal(valuation.at("/positions/0/unrealized_pnl/amount").textValue()))
                .isEqualByComparingTo(aapl.subtract(new BigDecimal("1500")));
        assertThat(valuation.at("/positions/1/market_value/currency").asText()).isEqualTo("EUR");
        assertThat(new BigDecimal(valuation.at("/positions/1/market_value_base/amount").textValue())).isEqualByComparingTo(sapUsd);
        assertThat(valuation.at("/positions/1").has("unrealized_pnl")).isFalse();
        assertThat(new BigDecimal(valuation.at("/total/amount").textValue())).isEqualByComparingTo(aapl.add(sapUsd));
        BigDecimal weights = valuation.at("/positions/0/weight_percent").decimalValue()
                .add(valuation.at("/positions/1/weight_percent").decimalValue());
        assertThat(weights).isBetween(new BigDecimal("99.9998"), new BigDecimal("100.0002"));
        assertThat(valuation.get("source").asText()).contains("sample data");
    }

    @Test
    void valuationRejectsUnknownSymbolsAndBadQuantities() {
        assertThat(calls.error("portfolio_valuation", "{\"holdings\": [{\"symbol\": \"NOPE\", \"quantity\": 1}]}"))
                .contains("NOPE");
        assertThat(calls.error("portfolio_valuation", "{\"holdings\": [{\"symbol\": \"AAPL\", \"quantity\": -3}]}"))
                .contains("holdings[0].quantity");
        assertThat(calls.error("portfolio_valuation", "{\"holdings\": [{\"symbol\": \"AAPL\", \"quantity\": 1}], "
                + "\"base_currency\": \"ABC\"}")).contains("base_currency");
    }

    @Test
    void performanceMetricsFromPercentReturnsMatchEmpyrical() {
        // empyrical mixed_returns without the NaN, in percent; Sharpe 1.7238613961706866, volatility 0.9136465399704637
        JsonNode metrics = calls.ok("performance_metrics", "{\"returns\": [1, 10, -4, 2, 3, 2, 1, -10]}");
        assertThat(metrics.get("sharpe_ratio").decimalValue()).isEqualByComparingTo("1.7238613962");
        assertThat(metrics.get("annual_volatility_percent").decimalValue()).isEqualByComparingTo("91.3646539970");
        assertThat(metrics.get("max_drawdown_percent").decimalValue()).isEqualByComparingTo("-10");
        assertThat(metrics.get("conventions").toString()).contains("ddof 1").contains("sqrt(252)");
    }

    @Test
    void performanceMetricsFromPricesAndFromASymbolWithBenchmark() {
        JsonNode fromPrices = calls.ok("performance_metrics", "{\"prices\": [100, 110, 99, 121], \"periods_per_year\": 12}");
        assertThat(fromPrices.get("total_return_percent").decimalValue()).isEqualByComparingTo("21");
        assertThat(fromPrices.get("max_drawdown_percent").decimalValue()).isEqualByComparingTo("-10");
        JsonNode bySymbol = calls.ok("performance_metrics", "{\"symbol\": \"SPY\", \"benchmark_symbol\": \"SPY\"}");
        assertThat(bySymbol.get("beta").decimalValue()).isEqualByComparingTo("1");
        assertThat(bySymbol.get("periods").asInt()).isGreaterThan(200);
        assertThat(bySymbol.get("conventions").toString()).contains("sample data");
    }

    @Test
    void performanceMetricsNeedExactlyOneSeries() {
        assertThat(calls.error("performance_metrics", "{}")).contains("returns, prices or symbol");
        assertThat(calls.error("performance_metrics", "{\"returns\": [1, 2], \"prices\": [1, 2]}"))
                .contains("exactly one");
        assertThat(calls.error("performance_metrics", "{\"returns\": [1, -150, 2]}")).contains("returns[1]");
        assertThat(calls.error("performance_metrics", "{\"returns\": [1, 2, 3], \"benchmark_returns\": [1]}"))
                .contains("benchmark_returns");
    }

    @Test
    void valueAtRiskNamesItsMethodAndReproducesHull() {
        // Hull's Microsoft example through the tool: $10M, sigma 2 %/day, 10 days, 99 %, z = 2.33 -> $1,473,621
        JsonNode hull = calls.ok("value_at_risk", "{\"method\": \"PARAMETRIC\", \"confidence\": 99, "
                + "\"position_value\": 10000000, \"daily_volatility\": 2, \"horizon_days\": 10, \"z_score\": 2.33}");
        assertThat(new BigDecimal(hull.at("/value_at_risk/amount").textValue()).setScale(0, RoundingMode.HALF_UP))
                .isEqualByComparingTo("1473621");
        assertThat(hull.get("method").asText()).isEqualTo("PARAMETRIC");
        JsonNode historical = calls.ok("value_at_risk", "{\"method\": \"HISTORICAL_INTERPOLATED\", \"confidence\": 70, "
                + "\"position_value\": 100, \"returns\": [1, 2]}");
        // numpy.percentile([1, 2], 30) = 1.3 (empyrical value_at_risk example): a 1.3 % gain, so VaR = -1.30
        assertThat(new BigDecimal(historical.at("/value_at_risk/amount").textValue())).isEqualByComparingTo("-1.30");
        assertThat(historical.get("quantile_definition").asText()).contains("numpy.percentile");
    }

    @Test
    void valueAtRiskOfSeveralPositionsReportsTheDiversificationBenefit() {
        // Hull's two-position example through the tool: 10-day 99 % VaR $1,622,657, benefit $219,369
        JsonNode result = calls.ok("value_at_risk", "{\"method\": \"PARAMETRIC\", \"confidence\": 99, "
                + "\"horizon_days\": 10, \"z_score\": 2.33, \"positions\": [{\"value\": 10000000, \"daily_volatility\": 2}, "
                + "{\"value\": 5000000, \"daily_volatility\": 1}], \"correlations\": [[1, 0.3], [0.3, 1]]}");
        assertThat(new BigDecimal(result.at("/value_at_risk/amount").textValue()).setScale(0, RoundingMode.HALF_UP))
                .isEqualByComparingTo("1622657");
        // Hull subtracts VaRs already rounded to dollars; from the cent-rounded VaRs the benefit is 219,369.51
        assertThat(new BigDecimal(result.at("/diversification_benefit/amount").textValue()))
                .isCloseTo(new BigDecimal("219369"), org.assertj.core.api.Assertions.within(BigDecimal.ONE));
        assertThat(calls.error("value_at_risk", "{\"method\": \"PARAMETRIC\", \"confidence\": 99, \"positions\": "
                + "[{\"value\": 1, \"daily_volatility\": 2}, {\"value\": 1, \"daily_volatility\": 1}], "
                + "\"correlations\": [[1, 1.5], [1.5, 1]]}")).contains("correlations[0][1]");
        assertThat(calls.error("value_at_risk", "{\"method\": \"PARAMETRIC\", \"confidence\": 99, \"positions\": "
                + "[{\"value\": 1, \"daily_volatility\": 2}, {\"value\": 1, \"daily_volatility\": 1}]}"))
                .contains("correlations is required");
    }

    @Test
    void valueAtRiskRejectsMissingDataAndBadConfidence() {
        assertThat(calls.error("value_at_risk", "{\"method\": \"HISTORICAL_KTH_WORST\", \"confidence\": 99, "
                + "\"position_value\": 100}")).contains("returns or symbol");
        assertThat(calls.error("value_at_risk", "{\"method\": \"HISTORICAL_KTH_WORST\", \"confidence\": 99, "
                + "\"returns\": [1, -2, 3]}")).contains("position_value");
        assertThat(calls.error("value_at_risk", "{\"method\": \"PARAMETRIC\", \"confidence\": 100, "
                + "\"position_value\": 100, \"daily_volatility\": 1}")).contains("confidence");
        assertThat(calls.error("value_at_risk", "{\"method\": \"MONTE_CARLO\", \"confidence\": 99, "
                + "\"position_value\": 100}")).contains("method");
    }
}
