package dev.praxis.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.praxis.internal.json.SharedJson;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The shared Jackson configuration: snake_case property names (tool arguments, tool results and run
 * records all use them), ISO-8601 dates, {@code BigDecimal} for every JSON number that is read into an
 * untyped node, and plain (non-scientific) decimals on output so money never prints as {@code 1E+2}.
 */
public final class PraxisJson {

    private static final ObjectMapper MAPPER = SharedJson.mapper();

    private PraxisJson() {
    }

    /**
     * A new mapper with these settings, the caller's own to configure (the one Praxis shares is never handed out,
     * so nobody can change how Praxis reads and writes). Each call builds a mapper with empty caches: keep the one
     * you get rather than calling this per use, or use {@link #convert}, {@link #tree} and {@link #write}.
     *
     * @return a new mapper
     */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    /**
     * {@code value} (a {@link JsonNode}, a map, a record) converted to {@code type} with these settings, e.g. a
     * stored record's document read back into its Java record.
     * @param <T> the target type
     * @param value the value to convert
     * @param type the class to convert to
     * @return the converted value
     * @throws IllegalArgumentException when {@code value} does not fit {@code type}
     */
    public static <T> T convert(Object value, Class<T> type) {
        if (!(value instanceof JsonNode node)) {
            return MAPPER.convertValue(value, type);
        }
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }

    /**
     * A new empty JSON object, e.g. to build a report or a request body.
     *
     * @return an empty object node
     */
    public static ObjectNode objectNode() {
        return MAPPER.createObjectNode();
    }

    /**
     * Serialises {@code value} to compact JSON; never throws for JSON-serialisable values.
     *
     * @param value the value to write
     * @return the JSON text
     */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON-serialisable: " + value.getClass().getName()
                    + ": " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Converts any value to a JSON tree.
     *
     * @param value the value to convert
     * @return the tree
     */
    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /**
     * Parses one JSON value into a tree: integers as int, long or big-integer nodes, every other number as an exact
     * {@code BigDecimal} node (trailing zeros kept, so {@code 10.50} stays {@code 10.50}), an empty text as a
     * missing node. Stricter than Jackson's {@code readTree}: a key repeated within one object and any text after
     * the value are errors, because either way the caller would act on something other than what was sent (the
     * last of two values silently, or half of two objects). The tree is built straight from the parser's tokens:
     * tool arguments are parsed on every call, and Jackson's generic tree deserialiser costs a deserialisation
     * context per call.
     *
     * @param json the JSON text
     * @return the tree
     * @throws IllegalArgumentException with the parser's position when the text is not one JSON value
     */
    public static JsonNode parse(String json) {
        return parse(json, Integer.MAX_VALUE);
    }

    /**
     * Like {@link #parse(String)}, but refuses, while reading, any array with more than {@code maxArrayItems}
     * elements: the rest of the text is not read, so an oversized argument list costs its first
     * {@code maxArrayItems} elements, not a tree of millions of nodes.
     *
     * @param json the JSON text
     * @param maxArrayItems the most elements any array may have
     * @return the tree
     * @throws ArrayTooLongException naming the array when one is longer
     * @throws IllegalArgumentException with the parser's position when the text is not one JSON value
     */
    public static JsonNode parse(String json, int maxArrayItems) {
        try (JsonParser parser = MAPPER.getFactory().createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return MissingNode.getInstance();
            }
            JsonNode root = new TreeReader(parser, maxArrayItems).node(first);
            rejectTrailingText(parser);
            return root;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage() + where(e.getLocation()), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void rejectTrailingText(JsonParser parser) throws IOException {
        JsonLocation end = parser.currentLocation();
        JsonToken next;
        try {
            next = parser.nextToken();
        } catch (JsonProcessingException e) {
            next = JsonToken.NOT_AVAILABLE;
        }
        if (next != null) {
            throw new IllegalArgumentException("trailing text after the JSON value" + where(end)
                    + ": send exactly one JSON value and nothing after it");
        }
    }

    private static String where(JsonLocation location) {
        return location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** Builds a tree from tokens, refusing repeated keys and arrays over the cap. */
    private record TreeReader(JsonParser parser, int maxArrayItems) {

        JsonNode node(JsonToken token) throws IOException {
            switch (token) {
                case START_OBJECT:
                    return object();
                case START_ARRAY:
                    return array();
                default:
                    return scalar(parser, token);
            }
        }

        private ObjectNode object() throws IOException {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                if (object.replace(name, node(parser.nextToken())) != null) {
                    String in = pointer(parser.getParsingContext());
                    throw new IllegalArgumentException("duplicate key '" + name + "'" + (in.isEmpty() ? "" : " in " + in)
                            + where(parser.currentTokenLocation()) + ": send each key once");
                }
            }
            return object;
        }

        private ArrayNode array() throws IOException {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                if (array.size() == maxArrayItems) {
                    JsonStreamContext context = parser.getParsingContext();
                    // An object or array element has already opened its own context.
                    throw new ArrayTooLongException(pointer(next.isStructStart() ? context.getParent() : context),
                            maxArrayItems);
                }
                array.add(node(next));
            }
            return array;
        }

        // The JSON pointer of the container whose context this is ("/flows", "/lines/2/tags"), "" at the root.
        private static String pointer(JsonStreamContext context) {
            return context.getParent() == null ? "" : context.getParent().pathAsPointer(false).toString();
        }
    }

    private static JsonNode scalar(JsonParser parser, JsonToken token) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (token) {
            case VALUE_STRING:
                return nodes.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                switch (parser.getNumberType()) {
                    case INT:
                        return IntNode.valueOf(parser.getIntValue());
                    case LONG:
                        return LongNode.valueOf(parser.getLongValue());
                    default:
                        return BigIntegerNode.valueOf(parser.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                return DecimalNode.valueOf(parser.getDecimalValue());
            case VALUE_TRUE:
                return BooleanNode.TRUE;
            case VALUE_FALSE:
                return BooleanNode.FALSE;
            case VALUE_NULL:
                return NullNode.getInstance();
            default:
                throw new JsonParseException(parser, "unexpected token " + token);
        }
    }
}
