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
    private static final JsonObjectSchema RECOMMEND = JsonObjectSchema.builder().addStringProperty("product_id")
            .addIntegerProperty("limit").required("product_id").build();
    private static final JsonObjectSchema ORDERS = JsonObjectSchema.builder().addEnumProperty("status",
            List.of("PLACED", "PROCESSING", "SHIPPED", "DELIVERED", "CANCELLED")).build();
    private static final JsonObjectSchema SORTED_SEARCH = JsonObjectSchema.builder().addStringProperty("query")
            .addEnumProperty("sort", List.of("RELEVANCE", "PRICE_ASC", "PRICE_DESC", "RATING"))
            .addNumberProperty("min_rating").required("query").build();
    private static final JsonObjectSchema UPDATE = JsonObjectSchema.builder().addStringProperty("cart_id")
            .addStringProperty("line_id").addIntegerProperty("quantity").required("cart_id", "line_id", "quantity")
            .build();
    private static final JsonObjectSchema COMPARE = JsonObjectSchema.builder().addProperty("product_ids",
            dev.langchain4j.model.chat.request.json.JsonArraySchema.builder()
                    .items(new dev.langchain4j.model.chat.request.json.JsonStringSchema()).build())
            .required("product_ids").build();
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
    void readsHalfStarsInChineseShownCountsAndBritishSlangPrices() {
        assertThat(refine("想找个茶壶，评分四星半以上", SEARCH).path("min_rating").decimalValue()).isEqualByComparingTo("4.5");
        ObjectNode similar = JsonNodeFactory.instance.objectNode().put("product_id", "P0044");
        assertThat(refine("something like P0044, show me 4", RECOMMEND, similar).path("limit").asInt()).isEqualTo(4);
        assertThat(refine("kettle <60", SEARCH).path("max_price").asInt()).isEqualTo(60);
        assertThat(refine("Stirnlampe, max. 45 €", SEARCH).path("max_price").asInt()).isEqualTo(45);
        assertThat(refine("un casque, genre 80 balles max", SEARCH).path("max_price").asInt()).isEqualTo(80);
        assertThat(refine("a warm hat, fiver to twenty quid", SEARCH).toString())
                .isEqualTo("{\"min_price\":5,\"max_price\":20}");
    }

    @Test
    void aProductIdAloneIsTakenAsTheSkuOfAProductWithoutOptions() {
        ObjectNode counted = JsonNodeFactory.instance.objectNode().put("sku", "p0044").put("quantity", 15);
        assertThat(refine("ci servono 15 pezzi di p0044, ci sono a magazzino?", AVAILABILITY, counted).toString())
                .isEqualTo("{\"sku\":\"P0044\",\"quantity\":15}");
        ObjectNode coloured = JsonNodeFactory.instance.objectNode().put("sku", "P0122").put("quantity", 2);
        assertThat(refine("do you have 2 of P0122 in red?", AVAILABILITY, coloured).has("sku")).isFalse();
    }

    @Test
    void readsWrittenDaysInSeveralLanguages() {
        assertThat(WrittenDates.first("Could I still return O-1006 on March 3rd 2026?")).contains("2026-03-03");
        assertThat(WrittenDates.find("price history from 1 September till 30 September 2026").stream()
                .map(WrittenDates.Found::iso)).containsExactly("2026-09-01", "2026-09-30");
        assertThat(WrittenDates.first("Kann ich O-1006 am 3. März 2026 noch zurückgeben?")).contains("2026-03-03");
        assertThat(WrittenDates.first("¿Puedo devolverlo el 3 de marzo de 2026?")).contains("2026-03-03");
        assertThat(WrittenDates.first("订单2026年3月3日还能退吗")).contains("2026-03-03");
        assertThat(WrittenDates.first("order O-1006")).isEmpty();
    }

    @Test
    void readsPriceBoundsSaidInWordsInEveryLanguage() {
        assertThat(refine("a sturdy backpack, under a hundred and forty", SEARCH).toString())
                .isEqualTo("{\"max_price\":140}");
        assertThat(refine("new pillows, sixty dollars max", SEARCH).toString()).isEqualTo("{\"max_price\":60}");
        assertThat(refine("a rain jacket between one hundred and two hundred twenty dollars", SEARCH).toString())
                .isEqualTo("{\"min_price\":100,\"max_price\":220}");
        assertThat(refine("ein Wasserkocher bis 70 Euro", SEARCH).toString()).isEqualTo("{\"max_price\":70}");
        assertThat(refine("Stirnlampe, so dreißig Euro höchstens", SEARCH).toString()).isEqualTo("{\"max_price\":30}");
        assertThat(refine("une gourde entre vingt et cent euros", SEARCH).toString())
                .isEqualTo("{\"min_price\":20,\"max_price\":100}");
        assertThat(refine("busco una sartén, presupuesto de 45 euros", SEARCH).toString())
                .isEqualTo("{\"max_price\":45}");
        assertThat(refine("想要个加湿器，800块以内", SEARCH).toString()).isEqualTo("{\"max_price\":800}");
        assertThat(refine("预算两百元的登山杖", SEARCH).toString()).isEqualTo("{\"max_price\":200}");
    }

    @Test
    void countsResultsOnlyWhenTheRequestCountsThem() {
        assertThat(refine("show me four similar mixers to P0031", RECOMMEND).path("limit").asInt()).isEqualTo(4);
        assertThat(refine("gib mir zwei ähnliche Modelle wie P0031", RECOMMEND).path("limit").asInt()).isEqualTo(2);
        assertThat(refine("dame cinco parecidos al P0031", RECOMMEND).path("limit").asInt()).isEqualTo(5);
        assertThat(refine("和P0031差不多的，再来4款", RECOMMEND).path("limit").asInt()).isEqualTo(4);
        assertThat(refine("两款就行，跟P0031类似的", RECOMMEND).path("limit").asInt()).isEqualTo(2);
        assertThat(refine("half a dozen ideas like P0031", RECOMMEND).path("limit").asInt()).isEqualTo(6);
        assertThat(refine("something like P0031, rated 4 or more", RECOMMEND).has("limit")).isFalse();
    }

    @Test
    void readsOrderStatusesInTheirInflectedForms() {
        assertThat(refine("alle stornierten Bestellungen bitte", ORDERS).path("status").asText()).isEqualTo("CANCELLED");
        assertThat(refine("gli ordini annullati", ORDERS).path("status").asText()).isEqualTo("CANCELLED");
        assertThat(refine("mis pedidos canceladas y nada más", ORDERS).path("status").asText()).isEqualTo("CANCELLED");
        assertThat(refine("les commandes expédiées cette semaine", ORDERS).path("status").asText()).isEqualTo("SHIPPED");
        assertThat(refine("哪些订单已经寄出", ORDERS).path("status").asText()).isEqualTo("SHIPPED");
        assertThat(refine("le mie consegnate", ORDERS).path("status").asText()).isEqualTo("DELIVERED");
    }

    @Test
    void setsAnOrderOnlyWhenOneIsAskedFor() {
        assertThat(refine("kettles sorted by price, lowest first", SORTED_SEARCH).path("sort").asText())
                .isEqualTo("PRICE_ASC");
        assertThat(refine("lamps by price, most expensive first", SORTED_SEARCH).path("sort").asText())
                .isEqualTo("PRICE_DESC");
        assertThat(refine("Kopfhörer nach Preis absteigend", SORTED_SEARCH).path("sort").asText())
                .isEqualTo("PRICE_DESC");
        assertThat(refine("tazas del más barato al más caro", SORTED_SEARCH).path("sort").asText())
                .isEqualTo("PRICE_ASC");
        assertThat(refine("背包按价格从高到低", SORTED_SEARCH).path("sort").asText()).isEqualTo("PRICE_DESC");
        ObjectNode guessed = JsonNodeFactory.instance.objectNode().put("sort", "RATING");
        assertThat(refine("a yoga block with rating 4 or better", SORTED_SEARCH, guessed).has("sort")).isFalse();
        assertThat(refine("the cheapest thermos you have", SORTED_SEARCH).has("sort")).isFalse();
    }

    @Test
    void readsALineNumberAsALineIdAndKeepsItOutOfTheQuantity() throws Exception {
        ObjectNode args = JsonNodeFactory.instance.objectNode().put("cart_id", "C2").put("quantity", 4);
        assertThat((Object) refine("set line 4 of cart C2 to 7", UPDATE, args))
                .isEqualTo(json("{\"cart_id\":\"C2\",\"line_id\":\"L4\",\"quantity\":7}"));
        assertThat(refine("riga 2 nel carrello 5, quantità tre", UPDATE).path("line_id").asText()).isEqualTo("L2");
    }

    @Test
    void putsAProductWithoutVariantsInACartByItsId() throws Exception {
        ObjectNode args = JsonNodeFactory.instance.objectNode().put("quantity", 3);
        assertThat((Object) refine("add three p0305 to cart 2", ADD, args))
                .isEqualTo(json("{\"cart_id\":\"C2\",\"sku\":\"P0305\",\"quantity\":3}"));
    }

    @Test
    void aComparisonNeedsTwoProducts() {
        ObjectNode one = JsonNodeFactory.instance.objectNode();
        one.putArray("product_ids").add("P0061");
        assertThat(refine("我想买P0061", COMPARE, one).has("product_ids")).isFalse();
        ObjectNode two = JsonNodeFactory.instance.objectNode();
        two.putArray("product_ids").add("P0061").add("P0062");
        assertThat(refine("P0061 or P0062?", COMPARE, two).path("product_ids").size()).isEqualTo(2);
    }
}
