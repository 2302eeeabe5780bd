package dev.praxis.finance;

import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.praxis.tool.Tool;
import dev.praxis.tool.ToolBox;
import dev.praxis.tool.ToolContext;
import dev.praxis.tool.ToolResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The finance tools refuse misnamed, repeated and oversized arguments instead of running on defaults. */
class ArgumentLimitsTest {

    private final ToolBox box = ToolBox.of(FinancePack.tools());

    @Test
    void rejectsUnknownKeyWithDidYouMean() {
        ToolResult result = box.call("future_value", "{\"annual_rate\": 5, \"periods\": 10, \"pv\": -1000}",
                ToolContext.standalone());

        assertThat(result.isOk()).isFalse();
        assertThat(result.error()).startsWith("invalid arguments for future_value: unknown key 'pv' (did you mean "
                + "'present_value'?); allowed keys: annual_rate, periods, periods_per_year, payment, present_value");
    }

    @Test
    void rejectsExtraPaymentSuggestingExtraMonthlyPayment() {
        ToolResult result = box.call("amortization_schedule",
                "{\"principal\": 200000, \"annual_rate\": 6, \"term_months\": 360, \"extra_payment\": 200}",
                ToolContext.standalone());

        assertThat(result.error()).contains("unknown key 'extra_payment' (did you mean 'extra_monthly_payment'?)");
    }

    @Test
    void rejectsARepeatedKeyInsteadOfTakingTheLastValue() {
        ToolResult result = box.call("loan_payment",
                "{\"principal\": 300000, \"annual_rate\": 6.5, \"term_months\": 360, \"principal\": 3000}",
                ToolContext.standalone());

        assertThat(result.error()).contains("duplicate key 'principal'");
    }

    @Test
    void refusesXnpvWithAMillionFlowsNamingTheLimit() {
        String flow = "{\"date\": \"2024-01-01\", \"amount\": -1.5}";
        String json = "{\"rate\": 9, \"flows\": [" + (flow + ",").repeat(999_999) + flow + "]}";

        ToolResult result = box.call("xnpv", json, ToolContext.standalone());

        assertThat(result.error()).contains("flows: at most 1200 items allowed, got more than 1200");
    }

    @Test
    void acceptsAHundredYearMonthlySeriesForNpv() {
        String flows = "-1000" + ", 10".repeat(1199);

        assertThat(box.call("npv", "{\"rate\": 5, \"cash_flows\": [" + flows + "]}", ToolContext.standalone()).isOk())
                .isTrue();
        assertThat(box.call("npv", "{\"rate\": 5, \"cash_flows\": [" + flows + ", 10]}", ToolContext.standalone())
                .error()).contains("cash_flows: at most 1200 items allowed");
    }

    @Test
    void everyListParameterDeclaresItsMaxItems() {
        List<String> undeclared = new ArrayList<>();
        for (Tool tool : FinancePack.tools()) {
            arrays(tool.spec().parameters(), "", tool, undeclared);
        }
        assertThat(undeclared).isEmpty();
    }

    static void arrays(JsonSchemaElement schema, String path, Tool tool, List<String> undeclared) {
        if (schema instanceof JsonObjectSchema object) {
            object.properties().forEach((name, child) ->
                    arrays(child, path.isEmpty() ? name : path + "." + name, tool, undeclared));
        } else if (schema instanceof JsonArraySchema array) {
            if (!tool.spec().sizeLimits().containsKey(path)) {
                undeclared.add(tool.name() + " " + path);
            }
            arrays(array.items(), path + "[]", tool, undeclared);
        }
    }
}
