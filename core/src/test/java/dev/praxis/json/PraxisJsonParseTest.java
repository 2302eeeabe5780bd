package dev.praxis.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link PraxisJson#parse} builds the same trees as the shared mapper's {@code readTree}, numbers exact. */
class PraxisJsonParseTest {

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":1.50}", "null", "-0", "0.10", "1e3", "-1.0E-2", "12345678901",
            "123456789012345678901234567890", "{\"s\":\"\\u00e9\\ud83d\\ude00\\n\",\"d\":{\"x\":[1,{\"y\":null}]}}",
            "[true,false,null,\"x\"]", "\"str\"", "{} ", "  "})
    void buildsTheSameTreeAsTheMapper(String json) throws Exception {
        JsonNode expected = PraxisJson.mapper().readTree(json);

        JsonNode parsed = PraxisJson.parse(json);

        assertThat(parsed).isEqualTo(expected);
        assertThat(parsed.toString()).isEqualTo(expected.toString());
        assertThat(parsed.getClass()).isEqualTo(expected.getClass());
    }

    @Test
    void keepsMoneyExactAndIntegersNarrow() {
        JsonNode node = PraxisJson.parse("{\"amount\":10.50,\"n\":7,\"big\":9007199254740993,\"huge\":1"
                + "0".repeat(30) + "}");

        assertThat(node.get("amount")).isInstanceOf(DecimalNode.class);
        assertThat(node.get("amount").decimalValue()).isEqualTo(new BigDecimal("10.50"));
        assertThat(node.get("n")).isInstanceOf(IntNode.class);
        assertThat(node.get("big")).isInstanceOf(LongNode.class);
        assertThat(node.get("big").longValue()).isEqualTo(9007199254740993L);
        assertThat(node.get("huge")).isInstanceOf(BigIntegerNode.class);
        assertThat(PraxisJson.parse("")).isSameAs(MissingNode.getInstance());
    }

    @Test
    void badTextGivesAClearErrorWithItsPosition() {
        assertThatThrownBy(() -> PraxisJson.parse("{\"a\":}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unexpected character ('}'")
                .hasMessageContaining("at line 1, column 6");
        assertThatThrownBy(() -> PraxisJson.parse("[1,2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("end-of-input");
    }

    @Test
    void rejectsADuplicateKeyNamingItAndWhereItSits() {
        assertThatThrownBy(() -> PraxisJson.parse("{\"pv\":1,\"rate\":5,\"pv\":2}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duplicate key 'pv' at line 1")
                .hasMessageContaining("send each key once");
        assertThatThrownBy(() -> PraxisJson.parse("{\"lines\":[{\"sku\":\"A\"},{\"sku\":\"B\",\"sku\":\"C\"}]}"))
                .hasMessageContaining("duplicate key 'sku' in /lines/1");
    }

    @Test
    void keepsTheSameKeyInDifferentObjects() {
        assertThat(PraxisJson.parse("{\"a\":{\"a\":1},\"b\":[{\"a\":2},{\"a\":3}]}").at("/b/1/a").intValue()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":1} trailing", "{\"a\":1}{\"b\":2}", "{\"a\":1}}", "{\"a\":1} // note", "1 2"})
    void rejectsTextAfterTheValue(String json) {
        assertThatThrownBy(() -> PraxisJson.parse(json))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("trailing text after the JSON value at line 1");
    }

    @Test
    void stopsReadingAtTheFirstArrayOverTheCapAndNamesIt() {
        String json = "{\"rate\":9,\"flows\":[" + "{\"amount\":1},".repeat(5) + "{\"amount\":1}], \"x\": [";

        assertThatThrownBy(() -> PraxisJson.parse(json, 5))
                .isInstanceOfSatisfying(ArrayTooLongException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/flows");
                    assertThat(e.maxItems()).isEqualTo(5);
                });
        assertThatThrownBy(() -> PraxisJson.parse("{\"a\":[[1],[1,2,3]]}", 2))
                .isInstanceOfSatisfying(ArrayTooLongException.class, e -> assertThat(e.pointer()).isEqualTo("/a/1"));
        assertThat(PraxisJson.parse("{\"a\":[1,2]}", 2).get("a").size()).isEqualTo(2);
    }

    @Test
    void nestingBeyondTheLimitIsAnErrorNotACrash() {
        String deep = "[".repeat(1500) + "]".repeat(1500);

        assertThatThrownBy(() -> PraxisJson.parse(deep))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nesting depth");
    }
}
