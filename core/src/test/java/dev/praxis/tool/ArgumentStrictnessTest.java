package dev.praxis.tool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.praxis.json.PraxisJson;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Unknown keys, repeated keys, trailing text and oversized arrays or strings are refused before a tool runs. */
class ArgumentStrictnessTest {

    record Line(@Param(value = "Stock keeping unit", maxLength = 12) String sku, int quantity) {
    }

    static final class Calculator {
        final AtomicInteger calls = new AtomicInteger();

        @ToolFunction(description = "Future value of a deposit")
        public BigDecimal futureValue(@Param("Rate in percent") BigDecimal annualRate, BigDecimal periods,
                                      @Param(required = false) BigDecimal presentValue,
                                      @Param(required = false) BigDecimal payment) {
            calls.incrementAndGet();
            return BigDecimal.ONE;
        }

        @ToolFunction(description = "Net present value of cash flows")
        public BigDecimal npv(BigDecimal rate, @Param(value = "Cash flows", maxItems = 1200) List<BigDecimal> cashFlows) {
            calls.incrementAndGet();
            return BigDecimal.ONE;
        }

        @ToolFunction(description = "Prices cart lines")
        public int price(@Param(value = "Cart lines", maxItems = 3) List<Line> lines,
                         @Param(required = false) List<String> tags,
                         @Param(value = "Free-text note", required = false) Optional<String> note) {
            calls.incrementAndGet();
            return lines.size();
        }
    }

    private final Calculator calculator = new Calculator();
    private final ToolBox box = ToolBox.of(Tools.from(calculator));

    @Test
    void rejectsUnknownKeyWithDidYouMean() {
        ToolResult result = box.call("future_value", "{\"annual_rate\": 5, \"periods\": 10, \"pv\": -1000}",
                ToolContext.standalone());

        assertThat(result.isOk()).isFalse();
        assertThat(result.error()).contains("unknown key 'pv' (did you mean 'present_value'?)")
                .contains("allowed keys: annual_rate, periods, present_value, payment");
        assertThat(calculator.calls).hasValue(0);
    }

    @Test
    void suggestsNearNamesForTyposCamelCaseAndMissingWords() {
        List<String> allowed = List.of("principal", "annual_rate", "term_months", "extra_monthly_payment", "quantity");

        assertThat(NearNames.near("princpal", allowed)).containsExactly("principal");
        assertThat(NearNames.near("termMonths", allowed)).containsExactly("term_months");
        assertThat(NearNames.near("extra_payment", allowed)).containsExactly("extra_monthly_payment");
        assertThat(NearNames.near("annual_rate_percent", allowed)).containsExactly("annual_rate");
        assertThat(NearNames.near("qty", allowed)).containsExactly("quantity");
        assertThat(NearNames.near("colour", allowed)).isEmpty();
    }

    @Test
    void rejectsUnknownKeysInsideNestedObjectsByIndex() {
        ToolResult result = box.call("price", "{\"lines\": [{\"sku\": \"A\", \"quantity\": 1}, {\"sku\": \"B\", \"qty\": 2}]}",
                ToolContext.standalone());

        assertThat(result.error()).contains("lines[1]: unknown key 'qty' (did you mean 'quantity'?); allowed keys: sku, quantity")
                .contains("lines[1].quantity: required");
        assertThat(calculator.calls).hasValue(0);
    }

    @Test
    void rejectsDuplicateKeyInsteadOfTakingTheLastValue() {
        ToolBox.Checked checked = box.check("future_value",
                "{\"annual_rate\": 5, \"periods\": 10, \"present_value\": -1000, \"present_value\": -10}");

        assertThat(checked).isInstanceOfSatisfying(ToolBox.Invalid.class, invalid ->
                assertThat(invalid.result().error()).contains("duplicate key 'present_value'").contains("each key once"));
    }

    @Test
    void rejectsTrailingTextAfterTheArguments() {
        ToolBox.Checked checked = box.check("future_value", "{\"annual_rate\": 5, \"periods\": 10} {\"payment\": -100}");

        assertThat(checked).isInstanceOfSatisfying(ToolBox.Invalid.class, invalid ->
                assertThat(invalid.result().error()).contains("trailing text after the JSON value"));
    }

    @Test
    void rejectsListOverMaxItemsWithoutRunningTheTool() {
        String flows = "0,".repeat(1_000_000) + "0";

        ToolResult result = box.call("npv", "{\"rate\": 8, \"cash_flows\": [" + flows + "]}", ToolContext.standalone());

        assertThat(result.error()).contains("cash_flows: at most 1200 items allowed, got more than 1200");
        assertThat(calculator.calls).hasValue(0);
    }

    @Test
    void rejectsListOverMaxItemsInAnAlreadyParsedTree() {
        ObjectNode arguments = PraxisJson.mapper().createObjectNode();
        arguments.put("rate", 8);
        arguments.putArray("cash_flows").addAll(java.util.Collections.nCopies(1201, PraxisJson.tree(1)));

        ToolBox.Checked checked = box.check(box.find("npv").orElseThrow(), arguments);

        assertThat(checked).isInstanceOfSatisfying(ToolBox.Invalid.class, invalid ->
                assertThat(invalid.result().error()).contains("cash_flows: at most 1200 items allowed, got 1201"));
        assertThat(calculator.calls).hasValue(0);
    }

    @Test
    void validCallComesOnlyFromTheCheckSoExecuteNeverRunsUncheckedArguments() throws Exception {
        assertThat(ToolBox.Valid.class.getDeclaredConstructors())
                .allSatisfy(c -> assertThat(java.lang.reflect.Modifier.isPrivate(c.getModifiers())).isTrue());

        ToolBox.Valid valid = (ToolBox.Valid) box.check("price", "{\"lines\": [{\"sku\": \"A\", \"quantity\": 1}]}");
        ((ObjectNode) valid.arguments()).putArray("lines").addAll(java.util.Collections.nCopies(4,
                PraxisJson.convert(java.util.Map.of("sku", "B", "quantity", 1), JsonNode.class)));

        assertThat(ToolBox.execute(valid, ToolContext.standalone()).result().asInt()).isEqualTo(1);
    }

    @Test
    void namesTheLimitOfTheArrayThatOverflowsNotTheReadersCap() {
        String line = "{\"sku\": \"A\", \"quantity\": 1}";

        assertThat(box.call("price", "{\"lines\": [" + (line + ",").repeat(3) + line + "]}", ToolContext.standalone()).error())
                .contains("lines: at most 3 items allowed, got 4");
        assertThat(box.call("price", "{\"lines\": [], \"tags\": [" + "\"x\",".repeat(100) + "\"x\"]}",
                ToolContext.standalone()).error()).contains("tags: at most 100 items allowed, got more than 100");
    }

    @Test
    void rejectsStringsOverMaxLengthDeclaredOrDefault() {
        ToolResult sku = box.call("price", "{\"lines\": [{\"sku\": \"ABCDEFGHIJKLM\", \"quantity\": 1}]}",
                ToolContext.standalone());
        ToolResult note = box.call("price", "{\"lines\": [], \"note\": \"" + "n".repeat(4001) + "\"}",
                ToolContext.standalone());

        assertThat(sku.error()).contains("lines[0].sku: at most 12 characters allowed, got 13");
        assertThat(note.error()).contains("note: at most 4000 characters allowed, got 4001");
        assertThat(calculator.calls).hasValue(0);
    }

    @Test
    void putsMaxItemsMaxLengthAndNoAdditionalPropertiesInTheSchemaJson() {
        JsonNode npv = box.find("npv").orElseThrow().spec().jsonSchema();
        JsonNode price = box.find("price").orElseThrow().spec().jsonSchema();

        assertThat(npv.get("additionalProperties").booleanValue()).isFalse();
        assertThat(npv.at("/properties/cash_flows/maxItems").intValue()).isEqualTo(1200);
        assertThat(price.at("/properties/lines/maxItems").intValue()).isEqualTo(3);
        assertThat(price.at("/properties/lines/items/additionalProperties").booleanValue()).isFalse();
        assertThat(price.at("/properties/lines/items/properties/sku/maxLength").intValue()).isEqualTo(12);
        assertThat(price.at("/properties/tags/maxItems").intValue()).isEqualTo(ToolSpec.DEFAULT_MAX_ITEMS);
        assertThat(price.at("/properties/tags/items/maxLength").intValue()).isEqualTo(ToolSpec.DEFAULT_MAX_LENGTH);
        assertThat(price.at("/properties/note/maxLength").intValue()).isEqualTo(ToolSpec.DEFAULT_MAX_LENGTH);
    }

    @Test
    void statesArrayLimitsInTheDescriptionsSentThroughLangChain4j() {
        JsonObjectSchema parameters = box.find("npv").orElseThrow().spec().toSpecification().parameters();

        assertThat(parameters.additionalProperties()).isFalse();
        assertThat(parameters.properties().get("cash_flows").description()).isEqualTo("Cash flows (at most 1200 items)");
    }

    @Test
    void refusesLimitsOnParametersOfTheWrongKind() {
        class Wrong {
            @ToolFunction(description = "d")
            public int f(@Param(maxItems = 3) String text) {
                return 0;
            }
        }
        assertThatThrownBy(() -> Tools.from(new Wrong())).hasMessageContaining("maxItems given on 'text'");
    }

    @Test
    void letsAHandBuiltSchemaThatAllowsAdditionalPropertiesKeepThem() {
        JsonObjectSchema open = JsonObjectSchema.builder().addNumberProperty("n").additionalProperties(true).build();
        Tool tool = Tool.of(ToolSpec.of("open_tool", "Takes anything", open, SideEffect.READ_ONLY), (a, c) -> "ok");

        assertThat(ToolBox.of(tool).call("open_tool", "{\"n\": 1, \"extra\": 2}", ToolContext.standalone()).isOk()).isTrue();
    }
}
