package dev.praxis.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.core.StreamWriteFeature;

/**
 * The shared Jackson configuration: snake_case property names (tool arguments, tool results and run
 * records all use them), ISO-8601 dates, {@code BigDecimal} for every JSON number that is read into an
 * untyped node, and plain (non-scientific) decimals on output so money never prints as {@code 1E+2}.
 */
public final class PraxisJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
            .build();

    /** Reads trees with the node type resolved once, not on every call as {@code MAPPER.readTree} does. */
    private static final ObjectReader TREE_READER = MAPPER.readerFor(JsonNode.class);

    private PraxisJson() {
    }

    /** The shared mapper. Do not reconfigure it; copy it ({@code mapper().copy()}) to change settings. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Serialises {@code value} to compact JSON; never throws for JSON-serialisable values. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON-serialisable: " + value.getClass().getName()
                    + ": " + e.getOriginalMessage(), e);
        }
    }

    /** Converts any value to a JSON tree. */
    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /**
     * Parses strict JSON text.
     *
     * @throws IllegalArgumentException with the parser's position when the text is not JSON
     */
    public static JsonNode parse(String json) {
        try {
            return TREE_READER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(), e);
        }
    }
}
