package dev.praxis.finance.cashflow;

import java.math.BigDecimal;
import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.finance.ToolCalls;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CashFlowToolsTest {

    private final ToolCalls calls = ToolCalls.defaults();

    private static final String DAX_FLOWS = "[{\"date\": \"2014-01-01\", \"amount\": -10000}, "
            + "{\"date\": \"2014-03-01\", \"amount\": 2750}, {\"date\": \"2014-10-30\", \"amount\": 4250}, "
            + "{\"date\": \"2015-02-15\", \"amount\": 3250}, {\"date\": \"2015-04-01\", \"amount\": 2750}]";

    @Test
    void futureValueTakesAnnualPercentAndPeriodsPerYear() {
        // numpy-financial fv docstring: npf.fv(0.05/12, 10*12, -100, -100) = 15692.928894335748 -> 15692.93
        JsonNode result = calls.ok("future_value", "{\"annual_rate\": 5, \"periods_per_year\": 12, \"periods\": 120, "
                + "\"payment\": -100, \"present_value\": -100}");
        assertThat(new BigDecimal(result.at("/future_value/amount").textValue())).isEqualByComparingTo("15692.93");
        assertThat(result.get("sign_convention").asText()).contains("paid out is negative");
    }

    @Test
    void presentValueMatchesDaxExampleToTheCent() {
        // Microsoft DAX docs, PV: PV(0.08/12, 240, 500, 0, 0) = -59777.1458511878
        JsonNode result = calls.ok("present_value", "{\"annual_rate\": 8, \"periods_per_year\": 12, \"periods\": 240, "
                + "\"payment\": 500}");
        assertThat(new BigDecimal(result.at("/present_value/amount").textValue())).isEqualByComparingTo("-59777.15");
    }

    @Test
    void npvDefaultsToFirstFlowAtTimeZeroAndNamesTheConvention() {
        JsonNode t0 = calls.ok("npv", "{\"rate\": 8, \"cash_flows\": [-40000, 5000, 8000, 12000, 30000]}");
        assertThat(t0.get("npv").decimalValue()).isEqualByComparingTo("3065.22");
        assertThat(t0.get("convention").asText()).startsWith("FIRST_FLOW_AT_T0");
        // Mescius NPV example with the spreadsheet convention: $2,055.38
        JsonNode t1 = calls.ok("npv", "{\"rate\": 6.5, \"cash_flows\": [-10000, 3000, 3400, 7700], "
                + "\"convention\": \"FIRST_FLOW_AT_T1\"}");
        assertThat(t1.get("npv").decimalValue()).isEqualByComparingTo("2055.38");
    }

    @Test
    void irrReportsPercentConvergenceAndMultipleRootWarning() {
        JsonNode single = calls.ok("irr", "{\"cash_flows\": [-100, 39, 59, 55, 20]}");
        assertThat(single.get("rate_percent").decimalValue().doubleValue()).isCloseTo(28.0948421160, within(1e-9));
        assertThat(single.get("converged").asBoolean()).isTrue();
        assertThat(single.has("warning")).isFalse();
        JsonNode multi = calls.ok("irr", "{\"cash_flows\": [-5, 10.5, 1, -8, 1]}");
        assertThat(multi.get("multiple_roots_possible").asBoolean()).isTrue();
        assertThat(multi.get("warning").asText()).contains("several rates");
        assertThat(multi.get("roots_found_percent")).hasSize(3);
    }

    @Test
    void irrWithoutSignChangeIsAClearErrorNamingTheParameter() {
        assertThat(calls.error("irr", "{\"cash_flows\": [100, 200, 300]}"))
                .contains("cash_flows").contains("negative").contains("positive");
    }

    @Test
    void xnpvAndXirrMatchDaxDocumentationThroughTheTools() {
        // Microsoft DAX docs, XNPV = 2089.50 and XIRR = 37.49 % for these flows
        JsonNode xnpv = calls.ok("xnpv", "{\"rate\": 9, \"flows\": " + DAX_FLOWS + "}");
        assertThat(xnpv.get("npv").decimalValue()).isEqualByComparingTo("2089.50");
        assertThat(xnpv.get("convention").asText()).contains("actual/365");
        JsonNode xirr = calls.ok("xirr", "{\"flows\": " + DAX_FLOWS + "}");
        assertThat(xirr.get("rate_percent").decimalValue().doubleValue()).isCloseTo(37.4858597687, within(1e-9));
    }

    @Test
    void unparseableFlowDateNamesTheFlow() {
        assertThat(calls.error("xirr", "{\"flows\": [{\"date\": \"2014-01-01\", \"amount\": -100}, "
                + "{\"date\": \"2014-02-30\", \"amount\": 110}]}")).contains("flows[1].date").contains("2014-02-30");
    }

    @Test
    void flowBeforeTheFirstDateIsRejected() {
        assertThat(calls.error("xnpv", "{\"rate\": 5, \"flows\": [{\"date\": \"2014-06-01\", \"amount\": -100}, "
                + "{\"date\": \"2014-01-01\", \"amount\": 110}]}")).contains("flows[1].date");
    }

    @Test
    void effectiveRateAndCagrAreInPercent() {
        // Microsoft DAX docs, EFFECT(0.0525, 4) = 0.0535426673707584
        assertThat(calls.ok("effective_rate", "{\"nominal_rate\": 5.25, \"periods_per_year\": 4}")
                .get("rate_percent").decimalValue()).isEqualByComparingTo("5.3542667371");
        // Annual form of the DAX RRI example (RRI(48, 10000, 21000) per month): over 4 years,
        // (2.1)^(1/4) - 1 = 0.2038013435027159... (computed with 40-digit decimals), i.e. 20.3801343503 %
        assertThat(calls.ok("cagr", "{\"start_value\": 10000, \"end_value\": 21000, \"years\": 4}")
                .get("rate_percent").decimalValue()).isEqualByComparingTo("20.3801343503");
    }

    @Test
    void badRatesAndValuesAreRejectedNamingTheParameter() {
        assertThat(calls.error("cagr", "{\"start_value\": -1, \"end_value\": 10, \"years\": 2}")).contains("start_value");
        assertThat(calls.error("future_value", "{\"annual_rate\": 5, \"periods\": 0}")).contains("periods");
        assertThat(calls.error("npv", "{\"rate\": 5, \"cash_flows\": []}")).contains("cash_flows");
    }
}
