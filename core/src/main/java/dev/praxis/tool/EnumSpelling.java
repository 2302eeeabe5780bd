package dev.praxis.tool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Enum values match regardless of letter case ({@code "keyword"} for {@code KEYWORD}): models write what a
 * description or the user's sentence says, and the case carries no meaning. Before a tool runs, every such value
 * is rewritten to the declared spelling, so the tool (and Jackson's strict enum binding) sees only declared names.
 */
final class EnumSpelling {

    private EnumSpelling() {
    }

    /** The declared value that {@code text} names, ignoring case; exact spelling first. */
    static Optional<String> declared(List<String> values, String text) {
        if (values.contains(text)) {
            return Optional.of(text);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return values.stream().filter(v -> v.toLowerCase(Locale.ROOT).equals(lower)).findFirst();
    }

    /**
     * {@code value} with every enum value in the declared spelling; {@code value} itself when nothing changes,
     * else a copy (the caller's tree is not modified). Call it on arguments that passed validation.
     */
    static JsonNode canonical(JsonSchemaElement schema, JsonNode value) {
        // Almost every call is spelled as declared: look first, copy only when something must change.
        if (!rewrite(schema, value, false)) {
            return value;
        }
        JsonNode copy = value.deepCopy();
        rewrite(schema, copy, true);
        return copy;
    }

    /** Whether some enum value in {@code value} is not in its declared spelling; rewrites them when {@code apply}. */
    private static boolean rewrite(JsonSchemaElement schema, JsonNode value, boolean apply) {
        boolean changed = false;
        if (schema instanceof JsonObjectSchema o && value instanceof ObjectNode object) {
            for (Map.Entry<String, JsonSchemaElement> p : o.properties().entrySet()) {
                JsonNode child = object.get(p.getKey());
                if (child == null) {
                    continue;
                }
                Optional<String> spelled = spelling(p.getValue(), child);
                if (spelled.isPresent()) {
                    if (!apply) {
                        return true;
                    }
                    object.set(p.getKey(), TextNode.valueOf(spelled.get()));
                    changed = true;
                } else {
                    changed |= rewrite(p.getValue(), child, apply);
                }
            }
        } else if (schema instanceof JsonArraySchema a && value instanceof ArrayNode array && a.items() != null) {
            for (int i = 0; i < array.size(); i++) {
                Optional<String> spelled = spelling(a.items(), array.get(i));
                if (spelled.isPresent()) {
                    if (!apply) {
                        return true;
                    }
                    array.set(i, TextNode.valueOf(spelled.get()));
                    changed = true;
                } else {
                    changed |= rewrite(a.items(), array.get(i), apply);
                }
            }
        } else if (schema instanceof JsonAnyOfSchema any) {
            for (JsonSchemaElement option : any.anyOf()) {
                changed |= rewrite(option, value, apply);
            }
        }
        return changed;
    }

    /** The declared spelling when {@code value} is an enum value in another case (or one of anyOf's enums). */
    private static Optional<String> spelling(JsonSchemaElement schema, JsonNode value) {
        if (!value.isTextual()) {
            return Optional.empty();
        }
        if (schema instanceof JsonEnumSchema e) {
            return declared(e.enumValues(), value.textValue()).filter(v -> !v.equals(value.textValue()));
        }
        if (schema instanceof JsonAnyOfSchema any) {
            for (JsonSchemaElement option : any.anyOf()) {
                Optional<String> s = spelling(option, value);
                if (s.isPresent()) {
                    return s;
                }
            }
        }
        return Optional.empty();
    }
}
