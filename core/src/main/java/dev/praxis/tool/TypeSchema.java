package dev.praxis.tool;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;

import java.util.List;
import java.util.Map;

/**
 * The JSON schema of a Java record, with the numeric bounds and size limits declared by {@link Param}; see
 * {@link Tools#schemaOf(Class)}. Used for typed output: send {@link #schema()}, then {@link #validate} the reply.
 */
public record TypeSchema(Class<?> type, JsonObjectSchema schema, Map<String, Bounds> bounds,
                         Map<String, Integer> sizeLimits) {

    /**
     * Copies the bounds and the size limits.
     *
     * @param type the record class
     * @param schema its JSON schema
     * @param bounds the numeric bounds by field
     * @param sizeLimits the size limits by field
     */
    public TypeSchema {
        bounds = Map.copyOf(bounds);
        sizeLimits = Map.copyOf(sizeLimits);
    }

    /**
     * A schema whose arrays and strings get the default size limits.
     *
     * @param type the record class
     * @param schema its JSON schema
     * @param bounds numeric bounds by path
     */
    public TypeSchema(Class<?> type, JsonObjectSchema schema, Map<String, Bounds> bounds) {
        this(type, schema, bounds, Map.of());
    }

    /**
     * Every way {@code value} fails the schema; empty when it conforms.
     *
     * @param value the value to check
     * @return the problems
     */
    public List<String> validate(JsonNode value) {
        return ArgumentValidator.validate(schema, bounds, sizeLimits, value);
    }

    /**
     * {@code value} with enum values in the declared spelling ({@code "buy"} becomes {@code "BUY"}), ready for
     * Jackson; call it after {@link #validate} found no problem. Returns {@code value} itself when nothing changes.
     *
     * @param value a valid value
     * @return the canonical value
     */
    public JsonNode canonical(JsonNode value) {
        return EnumSpelling.canonical(schema, value);
    }
}
