package dev.praxis.model.offline;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ShopValuesTest {

    private static final JsonObjectSchema SEARCH = JsonObjectSchema.builder().addStringProperty("query")
            .addStringProperty("brand").addNumberProperty("min_price").addNumberProperty("max_price")
            .addNumberProperty("min_rating").addBooleanProperty("in_stock_only").required("query").build();
    private static final JsonObjectSchema ADD = JsonObjectSchema.builder().addStringProperty("cart_id")
            .addStringProperty("sku").addIntegerProperty("quantity").required("cart_id", "sku", "quantity").build();
    private static final JsonObjectSchema AVAILABILITY = JsonObjectSchema.builder().addStringProperty("sku")
            .addIntegerProperty("quantity").required("sku").build();

    private static ObjectNode refine(String text, JsonObjectSchema schema, ObjectNode args) {
        ShopValues.refine(text, schema, args, p -> p.equals("brand") ? List.of("Brightwave", "Zenflow") : List.of());
        return args;
    }

    private static com.fasterxml.jackson.databind.JsonNode json(String text) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
    }

    private static ObjectNode refine(String text, JsonObjectSchema schema) {
        return refine(text, schema, JsonNodeFactory.instance.objectNode());
    }

    @Test
    void readsPriceRangesInWordsSymbolsAndLanguages() {
        assertThat(refine("Any trail shoes between 50 and 100 bucks?", SEARCH).toString())
                .isEqualTo("{\"min_price\":50,\"max_price\":100}");
        assertThat(refine("Brightwave USB-C chargers, $30–$45", SEARCH).path("max_price").asInt()).isEqualTo(45);
        assertThat(refine("unos auriculares inalámbricos entre cien y ciento cincuenta", SEARCH).toString())
                .isEqualTo("{\"min_price\":100,\"max_price\":150}");
        assertThat(refine("蓝牙音箱，五十到一百美元之间", SEARCH).toString()).isEqualTo("{\"min_price\":50,\"max_price\":100}");
        assertThat(refine("sleeping bag, three hundred bucks or less", SEARCH).toString()).isEqualTo("{\"max_price\":300}");
        assertThat(refine("Cerco uno zaino sotto i 100 euro", SEARCH).toString()).isEqualTo("{\"max_price\":100}");
    }

    @Test
    void aMinimumRatingIsNotAPrice() throws Exception {
        ObjectNode overEars = refine("Noise-cancelling over-ears, rated at least 4.5, in stock.", SEARCH);
        assertThat(overEars.path("min_rating").decimalValue()).isEqualByComparingTo("4.5");
        assertThat(overEars.path("in_stock_only").asBoolean()).isTrue();
        assertThat(overEars.size()).isEqualTo(2);
        assertThat(refine("Busco una esterilla de yoga con al menos 4,5 estrellas", SEARCH).toString())
                .isEqualTo("{\"min_rating\":4.5}");
        assertThat(refine("有没有降噪耳机？评分4.5以上的", SEARCH).toString()).isEqualTo("{\"min_rating\":4.5}");
    }

    @Test
    void takesABrandOnlyFromTheToolsKnownValues() {
        assertThat(refine("¿Tienen algo de la marca zenflow?", SEARCH).path("brand").asText()).isEqualTo("Zenflow");
        assertThat(refine("show me the Acme earbuds", SEARCH).has("brand")).isFalse();
    }

    @Test
    void writesIdsInTheCatalogueFormAndReadsCartNumbers() throws Exception {
        ObjectNode args = JsonNodeFactory.instance.objectNode().put("sku", "p0013-bla-m");
        assertThat((Object) refine("throw half a dozen p0013-bla-m socks into cart 4", ADD, args))
                .isEqualTo(json("{\"cart_id\":\"C4\",\"sku\":\"P0013-BLA-M\",\"quantity\":6}"));
        assertThat((Object) refine("Aggiungi un P0252-SAN al carrello c1", ADD,
                JsonNodeFactory.instance.objectNode().put("cart_id", "c1")))
                .isEqualTo(json("{\"cart_id\":\"C1\",\"sku\":\"P0252-SAN\",\"quantity\":1}"));
    }

    @Test
    void aBareNumberIsNoSkuAndASizeIsNoQuantity() {
        ObjectNode price = JsonNodeFactory.instance.objectNode().put("sku", "100").put("quantity", 50);
        assertThat(refine("trail shoes between 50 and 100 bucks", AVAILABILITY, price).has("sku")).isFalse();
        ObjectNode size = JsonNodeFactory.instance.objectNode().put("sku", "P0001").put("quantity", 41);
        assertThat(refine("Is the trail shoe P0001 available in size 41?", AVAILABILITY, size).toString())
                .isEqualTo("{}");
    }

    @Test
    void readsWrittenDaysInSeveralLanguages() {
        assertThat(WrittenDates.first("Could I still return O-1006 on March 3rd 2026?")).contains("2026-03-03");
        assertThat(WrittenDates.first("Kann ich O-1006 am 3. März 2026 noch zurückgeben?")).contains("2026-03-03");
        assertThat(WrittenDates.first("¿Puedo devolverlo el 3 de marzo de 2026?")).contains("2026-03-03");
        assertThat(WrittenDates.first("订单2026年3月3日还能退吗")).contains("2026-03-03");
        assertThat(WrittenDates.first("order O-1006")).isEmpty();
    }
}
