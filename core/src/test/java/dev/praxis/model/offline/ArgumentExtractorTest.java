package dev.praxis.model.offline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Extraction against schemas shaped like the industry packs' tools. */
class ArgumentExtractorTest {

    final ArgumentExtractor extractor = new ArgumentExtractor();
    final ObjectMapper json = new ObjectMapper();

    JsonNode extract(String text, JsonObjectSchema schema) {
        ArgumentExtractor.Extraction extraction = extractor.extract(text, schema);
        assertThat(extraction.missing()).isEmpty();
        return extraction.arguments();
    }

    void assertSameValues(JsonNode actual, String expected) throws Exception {
        assertThat(OfflineEvaluation.sameArguments(json.readTree(expected), actual))
                .as("%s should equal %s by value", actual, expected).isTrue();
    }

    static JsonStringSchema string(String description) {
        return JsonStringSchema.builder().description(description).build();
    }

    @Test
    void matchesIdsByTheShapeOfTheExampleInTheDescription() throws Exception {
        JsonObjectSchema addToCart = JsonObjectSchema.builder()
                .addProperty("cart_id", string("Cart id"))
                .addProperty("sku", string("Variant SKU, e.g. P0042-BLA-42"))
                .addProperty("quantity", JsonIntegerSchema.builder().description("Units to add").build())
                .required("cart_id", "sku", "quantity").build();

        assertSameValues(extract("Add 2 of P0042-BLA-42 to cart C7", addToCart), "{\"cart_id\":\"C7\",\"sku\":\"P0042-BLA-42\",\"quantity\":2}");
    }

    @Test
    void readsPriceBoundsFromCueWordsAndTheQueryFromThePhrase() throws Exception {
        JsonObjectSchema search = JsonObjectSchema.builder()
                .addProperty("query", string("What the shopper is looking for"))
                .addProperty("min_price", JsonNumberSchema.builder().description("Lowest unit price").build())
                .addProperty("max_price", JsonNumberSchema.builder().description("Highest unit price").build())
                .required("query").build();

        assertSameValues(extract("I'm looking for trail running shoes under $120", search), "{\"query\":\"trail running shoes\",\"max_price\":120}");
        assertSameValues(extract("Find a rain jacket between $50 and $90", search), "{\"query\":\"rain jacket\",\"min_price\":50,\"max_price\":90}");
    }

    @Test
    void readsSignedCashFlowListsAndTheRate() throws Exception {
        JsonObjectSchema npv = JsonObjectSchema.builder()
                .addProperty("rate", JsonNumberSchema.builder().description("Discount rate per period in percent").build())
                .addProperty("cash_flows", JsonArraySchema.builder().items(JsonNumberSchema.builder().build()).build())
                .required("rate", "cash_flows").build();

        assertSameValues(extract("NPV at 8% of -1000, 300, 400 and 500", npv), "{\"rate\":8,\"cash_flows\":[-1000,300,400,500]}");
    }

    @Test
    void readsIsoCurrencyStringsAndDirection() throws Exception {
        JsonObjectSchema convert = JsonObjectSchema.builder()
                .addNumberProperty("amount")
                .addProperty("from_currency", string("ISO-4217 code of the amount's currency"))
                .addProperty("to_currency", string("ISO-4217 code to convert to"))
                .required("amount", "from_currency", "to_currency").build();

        assertSameValues(extract("convert 1,500 CAD to SEK", convert), "{\"amount\":1500,\"from_currency\":\"CAD\",\"to_currency\":\"SEK\"}");
        // lower-case words that happen to be ISO codes ("all", "top") are not currencies
        assertSameValues(extractor.extract("convert all my top 100 euros to yen", convert).arguments(), "{\"amount\":100,\"from_currency\":\"EUR\",\"to_currency\":\"JPY\"}");
    }

    @Test
    void readsDateRangesTickersAndFrequencies() throws Exception {
        JsonObjectSchema history = JsonObjectSchema.builder()
                .addProperty("symbol", string("Ticker symbol, e.g. MSFT"))
                .addProperty("start_date", string("First date (YYYY-MM-DD)"))
                .addProperty("end_date", string("Last date (YYYY-MM-DD)"))
                .required("symbol").build();
        assertSameValues(extract("Daily prices of NVDA from 2024-01-02 to March 28, 2024", history), "{\"symbol\":\"NVDA\",\"start_date\":\"2024-01-02\",\"end_date\":\"2024-03-28\"}");

        JsonObjectSchema effective = JsonObjectSchema.builder()
                .addProperty("nominal_rate", JsonNumberSchema.builder().build())
                .addProperty("periods_per_year", JsonIntegerSchema.builder().build())
                .required("nominal_rate", "periods_per_year").build();
        assertSameValues(extract("Effective annual rate of 5.25% compounded monthly", effective), "{\"nominal_rate\":5.25,\"periods_per_year\":12}");
    }

    @Test
    void picksEnumValuesAndLeavesUnmentionedOptionalsOut() throws Exception {
        JsonObjectSchema trade = JsonObjectSchema.builder()
                .addProperty("symbol", string("Ticker symbol, e.g. AAPL"))
                .addProperty("side", JsonEnumSchema.builder().enumValues("BUY", "SELL").build())
                .addProperty("quantity", JsonNumberSchema.builder().description("Number of whole shares").build())
                .addProperty("limit_price", JsonNumberSchema.builder().description("Limit price").build())
                .required("symbol", "side", "quantity").build();

        assertSameValues(extract("Preview selling 25 shares of TSLA", trade), "{\"symbol\":\"TSLA\",\"side\":\"SELL\",\"quantity\":25}");
    }

    @Test
    void reportsRequiredParametersItCannotFill() {
        JsonObjectSchema order = JsonObjectSchema.builder()
                .addProperty("order_id", string("Order id, e.g. O-1001")).required("order_id").build();
        assertThat(extractor.extract("where is my order?", order).missing()).containsExactly("order_id");
    }
}
