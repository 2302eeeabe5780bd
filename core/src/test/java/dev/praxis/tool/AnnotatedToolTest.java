package dev.praxis.tool;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnnotatedToolTest {

    enum Side { BUY, SELL }

    record Line(@Param("Stock keeping unit") String sku, @Param(value = "How many", min = "1", max = "99") int quantity) {
    }

    record Order(@Param("Order lines") List<Line> lines, @Param(value = "Gift note", required = false) String note) {
    }

    static final class Sample {
        volatile Object[] lastCall;

        @ToolFunction(description = "Computes a loan payment")
        public Map<String, Object> loanPayment(@Param(value = "Amount borrowed", min = "0.01") BigDecimal principal,
                                               @Param(value = "Annual rate in percent", min = "0", max = "100") double annualRate,
                                               @Param(value = "Term in months", min = "1") int termMonths,
                                               @Param("First payment date") Optional<LocalDate> firstPayment) {
            lastCall = new Object[]{principal, annualRate, termMonths, firstPayment};
            return Map.of("principal", principal);
        }

        @ToolFunction(name = "place_trade", description = "Places a trade", sideEffect = SideEffect.IRREVERSIBLE)
        public String trade(Side side, Order order, ToolContext context) {
            lastCall = new Object[]{side, order, context};
            return "ok";
        }

        @ToolFunction(description = "Always fails")
        public String broken() {
            throw new IllegalStateException("database is down");
        }

        @ToolFunction(description = "Fails with a message for the model")
        public String unknownSymbol(String symbol) {
            throw new ToolException("unknown symbol '" + symbol + "'; known symbols: AAPL, MSFT");
        }
    }

    private final Sample sample = new Sample();
    private final ToolBox box = ToolBox.of(Tools.from(sample));

    @Test
    void generatesSnakeCaseSchemaWithDescriptionsRequiredFieldsAndBounds() {
        ToolSpec spec = box.find("loan_payment").orElseThrow().spec();

        JsonObjectSchema parameters = spec.parameters();
        assertThat(parameters.properties()).containsOnlyKeys("principal", "annual_rate", "term_months", "first_payment");
        assertThat(parameters.required()).containsExactly("principal", "annual_rate", "term_months");
        assertThat(parameters.properties().get("principal")).isInstanceOf(JsonNumberSchema.class);
        assertThat(parameters.properties().get("term_months")).isInstanceOf(JsonIntegerSchema.class);
        assertThat(parameters.properties().get("annual_rate").description()).isEqualTo("Annual rate in percent (min 0, max 100)");
        assertThat(parameters.properties().get("first_payment").description()).contains("YYYY-MM-DD");
        assertThat(spec.sideEffect()).isEqualTo(SideEffect.READ_ONLY);
        assertThat(spec.bounds()).containsKeys("principal", "annual_rate", "term_months");
    }

    @Test
    void generatesNestedSchemaForRecordsListsAndEnumsAndHidesContext() {
        ToolSpec spec = box.find("place_trade").orElseThrow().spec();

        assertThat(spec.sideEffect()).isEqualTo(SideEffect.IRREVERSIBLE);
        assertThat(spec.parameters().properties()).containsOnlyKeys("side", "order");
        assertThat(((JsonEnumSchema) spec.parameters().properties().get("side")).enumValues()).containsExactly("BUY", "SELL");
        JsonObjectSchema order = (JsonObjectSchema) spec.parameters().properties().get("order");
        assertThat(order.required()).containsExactly("lines");
        JsonObjectSchema line = (JsonObjectSchema) ((JsonArraySchema) order.properties().get("lines")).items();
        assertThat(line.properties().get("sku")).isInstanceOf(JsonStringSchema.class);
        assertThat(spec.bounds()).containsKey("order.lines[].quantity");
    }

    @Test
    void bindsBigDecimalExactlyAndOptionalDates() {
        ToolResult result = box.call("loan_payment",
                "{\"principal\": 200000.10, \"annual_rate\": 6.5, \"term_months\": 360, \"first_payment\": \"2025-02-01\"}",
                ToolContext.standalone());

        assertThat(result.outcome()).isEqualTo(ToolResult.Outcome.OK);
        assertThat(sample.lastCall).containsExactly(new BigDecimal("200000.10"), 6.5, 360,
                Optional.of(LocalDate.of(2025, 2, 1)));
        assertThat(result.result().get("principal").decimalValue()).isEqualByComparingTo("200000.10");
    }

    @Test
    void treatsMissingOptionalParameterAsEmpty() {
        box.call("loan_payment", "{\"principal\": 1000, \"annual_rate\": 5, \"term_months\": 12}", ToolContext.standalone());

        assertThat(sample.lastCall[3]).isEqualTo(Optional.empty());
    }

    @Test
    void acceptsNumbersSentAsNumericStrings() {
        ToolResult result = box.call("loan_payment", "{\"principal\": \"1500.50\", \"annual_rate\": \"4\", \"term_months\": \"24\"}",
                ToolContext.standalone());

        assertThat(result.isOk()).isTrue();
        assertThat(sample.lastCall[0]).isEqualTo(new BigDecimal("1500.50"));
    }

    @Test
    void bindsNestedRecordsEnumsAndPassesContext() {
        ToolContext context = new ToolContext("session-7", "call_9");
        ToolResult result = box.call("place_trade",
                "{\"side\": \"SELL\", \"order\": {\"lines\": [{\"sku\": \"A-1\", \"quantity\": 2}]}}", context);

        assertThat(result.isOk()).isTrue();
        assertThat(sample.lastCall[0]).isEqualTo(Side.SELL);
        assertThat(sample.lastCall[1]).isEqualTo(new Order(List.of(new Line("A-1", 2)), null));
        assertThat(sample.lastCall[2]).isSameAs(context);
    }

    @Test
    void reportsEveryArgumentProblemByNameWithoutRunningTheTool() {
        ToolResult result = box.call("loan_payment", "{\"principal\": -5, \"annual_rate\": \"high\"}", ToolContext.standalone());

        assertThat(result.outcome()).isEqualTo(ToolResult.Outcome.ERROR);
        assertThat(result.error())
                .contains("term_months: required (integer: Term in months (min 1)) but missing")
                .contains("principal: must be >= 0.01, got -5")
                .contains("annual_rate: expected a number, got string \"high\"");
        assertThat(sample.lastCall).isNull();
    }

    @Test
    void reportsWrongEnumValueAndNestedBoundWithIndex() {
        ToolResult result = box.call("place_trade",
                "{\"side\": \"HOLD\", \"order\": {\"lines\": [{\"sku\": \"A\", \"quantity\": 1}, {\"sku\": \"B\", \"quantity\": 0}]}}",
                ToolContext.standalone());

        assertThat(result.error()).contains("side: expected one of [BUY, SELL], got string \"HOLD\"")
                .contains("order.lines[1].quantity: must be >= 1, got 0");
    }

    @Test
    void rejectsNonIntegerForIntegerParameter() {
        ToolResult result = box.call("loan_payment", "{\"principal\": 10, \"annual_rate\": 1, \"term_months\": 12.5}",
                ToolContext.standalone());

        assertThat(result.error()).contains("term_months: expected an integer, got 12.5");
    }

    @Test
    void reportsUnparseableDateAsArgumentError() {
        ToolResult result = box.call("loan_payment",
                "{\"principal\": 10, \"annual_rate\": 1, \"term_months\": 12, \"first_payment\": \"31/01/2025\"}",
                ToolContext.standalone());

        assertThat(result.error()).contains("first_payment: cannot read string \"31/01/2025\" as an ISO-8601 date (YYYY-MM-DD)");
    }

    @Test
    void explainsMalformedJson() {
        ToolResult result = box.call("loan_payment", "{\"principal\": 10, \"annual_rate\": ", ToolContext.standalone());

        assertThat(result.error()).startsWith("arguments for loan_payment are not valid JSON")
                .contains("Send one JSON object with double-quoted keys");
    }

    @Test
    void listsRealToolNamesForUnknownTool() {
        ToolResult result = box.call("get_weather", "{}", ToolContext.standalone());

        assertThat(result.error()).isEqualTo(
                "unknown tool 'get_weather'. Available tools: broken, loan_payment, place_trade, unknown_symbol");
    }

    @Test
    void turnsThrowingToolIntoErrorMessageWithoutStackTrace() {
        ToolResult result = box.call("broken", "{}", ToolContext.standalone());

        assertThat(result.outcome()).isEqualTo(ToolResult.Outcome.ERROR);
        assertThat(result.error()).isEqualTo("broken failed: database is down").doesNotContain("at dev.praxis");
    }

    @Test
    void passesToolExceptionMessageToTheModelVerbatim() {
        ToolResult result = box.call("unknown_symbol", "{\"symbol\": \"XYZ\"}", ToolContext.standalone());

        assertThat(result.toModelText()).isEqualTo("{\"error\":\"unknown symbol 'XYZ'; known symbols: AAPL, MSFT\"}");
    }

    @Test
    void rejectsDuplicateToolNames() {
        assertThatThrownBy(() -> ToolBox.of(Tools.from(new Sample(), new Sample())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two tools are named 'broken'");
    }

    @Test
    void rejectsNamesThatAreNotSnakeCase() {
        assertThatThrownBy(() -> ToolSpec.of("GetWeather", "d", JsonObjectSchema.builder().build(), SideEffect.READ_ONLY))
                .hasMessageContaining("snake_case");
    }

    @Test
    void programmaticToolRunsWithValidatedArguments() {
        JsonObjectSchema schema = JsonObjectSchema.builder().addIntegerProperty("n").required("n").build();
        Tool square = Tool.of(ToolSpec.of("square", "Squares n", schema, SideEffect.READ_ONLY),
                (JsonNode args, ToolContext ctx) -> args.get("n").asLong() * args.get("n").asLong());

        assertThat(ToolBox.of(square).call("square", "{\"n\": 12}", ToolContext.standalone()).result().asLong()).isEqualTo(144);
        assertThat(ToolBox.of(square).call("square", "{}", ToolContext.standalone()).error()).contains("n: required");
    }
}
