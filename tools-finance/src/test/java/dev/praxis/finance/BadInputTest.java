package dev.praxis.finance;

import dev.praxis.tool.Tool;
import dev.praxis.tool.ToolBox;
import dev.praxis.tool.ToolContext;
import dev.praxis.tool.ToolResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends every tool arguments a model might get wrong and checks that each answer is a result or a clear error
 * from the tool itself, never an unexpected exception (which {@link ToolBox} reports as "tool failed: ...").
 */
class BadInputTest {

    private static final Map<String, String> VALID = Map.ofEntries(
            Map.entry("loan_payment", "{\"principal\": 1000, \"annual_rate\": 5, \"term_months\": 12}"),
            Map.entry("amortization_schedule", "{\"principal\": 1000, \"annual_rate\": 5, \"term_months\": 12}"),
            Map.entry("future_value", "{\"annual_rate\": 5, \"periods\": 10, \"present_value\": -100}"),
            Map.entry("present_value", "{\"annual_rate\": 5, \"periods\": 10, \"future_value\": 100}"),
            Map.entry("npv", "{\"rate\": 5, \"cash_flows\": [-100, 60, 60]}"),
            Map.entry("irr", "{\"cash_flows\": [-100, 60, 60]}"),
            Map.entry("xnpv", "{\"rate\": 5, \"flows\": [{\"date\": \"2024-01-01\", \"amount\": -100}, {\"date\": \"2025-01-01\", \"amount\": 110}]}"),
            Map.entry("xirr", "{\"flows\": [{\"date\": \"2024-01-01\", \"amount\": -100}, {\"date\": \"2025-01-01\", \"amount\": 110}]}"),
            Map.entry("effective_rate", "{\"nominal_rate\": 5, \"periods_per_year\": 12}"),
            Map.entry("cagr", "{\"start_value\": 100, \"end_value\": 150, \"years\": 3}"),
            Map.entry("portfolio_valuation", "{\"holdings\": [{\"symbol\": \"AAPL\", \"quantity\": 1}]}"),
            Map.entry("performance_metrics", "{\"returns\": [1, -2, 3]}"),
            Map.entry("value_at_risk", "{\"method\": \"PARAMETRIC\", \"confidence\": 99, \"position_value\": 100, \"daily_volatility\": 1}"),
            Map.entry("stock_quote", "{\"symbol\": \"AAPL\"}"),
            Map.entry("price_history", "{\"symbol\": \"AAPL\"}"),
            Map.entry("fx_rate", "{\"base_currency\": \"EUR\", \"quote_currency\": \"USD\"}"),
            Map.entry("convert_currency", "{\"amount\": 10, \"from_currency\": \"EUR\", \"to_currency\": \"USD\"}"),
            Map.entry("categorize_transactions", "{\"transactions\": [{\"date\": \"2024-01-01\", \"description\": \"X\", \"amount\": -1}]}"),
            Map.entry("spending_summary", "{\"transactions\": [{\"date\": \"2024-01-01\", \"description\": \"X\", \"amount\": -1}]}"),
            Map.entry("detect_recurring_charges", "{\"transactions\": [{\"date\": \"2024-01-01\", \"description\": \"X\", \"amount\": -1}]}"),
            Map.entry("detect_anomalies", "{\"transactions\": [{\"date\": \"2024-01-01\", \"description\": \"X\", \"amount\": -1}]}"),
            Map.entry("preview_trade", "{\"symbol\": \"AAPL\", \"side\": \"BUY\", \"quantity\": 1}"),
            Map.entry("execute_trade", "{\"symbol\": \"AAPL\", \"side\": \"BUY\", \"quantity\": 1, \"approval_token\": \"t\", \"idempotency_key\": \"k\"}"),
            Map.entry("paper_account_summary", "{}"));

    private static final String[] BAD_VALUES = {"null", "\"\"", "\"abc\"", "-1", "0", "1e300", "-1e300", "[]", "{}",
        "[null]", "[{}]", "[\"x\"]", "true", "\"2024-02-30\"", "[-1e300, 1e300]"};

    @Test
    void everyWellFormedExampleSucceedsExceptATradeWithoutApproval() {
        ToolBox box = ToolBox.of(FinancePack.builder().approvals(ToolCalls.approvals(java.time.Clock.systemUTC())).build().toolList());
        assertThat(VALID.keySet()).containsExactlyInAnyOrderElementsOf(FinancePack.TOOL_NAMES);
        VALID.forEach((tool, json) -> assertThat(box.call(tool, json, ToolContext.standalone()).isOk())
                .as(tool).isEqualTo(!tool.equals("execute_trade")));
    }

    @Test
    void noBadArgumentEndsInAnUnexpectedFailure() {
        ToolBox box = ToolBox.of(FinancePack.builder().approvals(ToolCalls.approvals(java.time.Clock.systemUTC())).build().toolList());
        List<String> failures = new ArrayList<>();
        for (Tool tool : box.tools()) {
            String valid = VALID.get(tool.name());
            for (String parameter : tool.spec().parameters().properties().keySet()) {
                for (String bad : BAD_VALUES) {
                    String json = replace(valid, parameter, bad);
                    ToolResult result = box.call(tool.name(), json, ToolContext.standalone());
                    if (!result.isOk() && result.error().startsWith(tool.name() + " failed")) {
                        failures.add(tool.name() + " " + json + " -> " + result.error());
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void extremeButSchemaValidInputsEndInAResultOrAClearError() {
        ToolBox box = ToolBox.of(FinancePack.builder().approvals(ToolCalls.approvals(java.time.Clock.systemUTC())).build().toolList());
        String[][] calls = {
            {"cagr", "{\"start_value\": 0.000001, \"end_value\": 1e300, \"years\": 0.000001}"},
            {"future_value", "{\"annual_rate\": 1e300, \"periods\": 100000, \"present_value\": -1}"},
            {"present_value", "{\"annual_rate\": 1e300, \"periods\": 0.5, \"future_value\": 1e300}"},
            {"loan_payment", "{\"principal\": 1e300, \"annual_rate\": 100, \"term_months\": 1200}"},
            {"performance_metrics", "{\"returns\": [1e300, 1e300, 1e300, -100]}"},
            {"npv", "{\"rate\": -98.99, \"cash_flows\": [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]}"},
            {"xnpv", "{\"rate\": 1e300, \"flows\": [{\"date\": \"1900-01-01\", \"amount\": 1}, {\"date\": \"2900-01-01\", \"amount\": 1}]}"},
            {"irr", "{\"cash_flows\": [-1, -1, 0.00001]}"},
            {"convert_currency", "{\"amount\": 1e300, \"from_currency\": \"USD\", \"to_currency\": \"JPY\"}"},
            {"value_at_risk", "{\"method\": \"PARAMETRIC\", \"confidence\": 99.99, \"position_value\": 1e300, \"daily_volatility\": 1e300}"},
        };
        List<String> failures = new ArrayList<>();
        for (String[] call : calls) {
            ToolResult result = box.call(call[0], call[1], ToolContext.standalone());
            if (!result.isOk() && (result.error().startsWith(call[0] + " failed") || !result.error().contains(" "))) {
                failures.add(call[0] + " -> " + result.error());
            }
            if (result.isOk() && result.toModelText().length() > 20_000) {
                failures.add(call[0] + " -> an answer of " + result.toModelText().length() + " characters");
            }
        }
        assertThat(failures).isEmpty();
    }

    private static String replace(String json, String parameter, String value) {
        com.fasterxml.jackson.databind.node.ObjectNode node =
                (com.fasterxml.jackson.databind.node.ObjectNode) dev.praxis.json.PraxisJson.parse(json);
        node.set(parameter, dev.praxis.json.PraxisJson.parse(value));
        return node.toString();
    }
}
