package dev.praxis.tool;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a JSON arguments object against a tool's schema, bounds and size limits, collecting every problem (not
 * just the first) in words a model can act on: the argument path, what was expected, what arrived.
 *
 * <p>Numbers sent as numeric strings ({@code "250000"}) are accepted, because small open models quote numbers
 * often and the meaning is unambiguous; anything else of the wrong type is a problem. A key the schema does not
 * name is a problem too (unless the object schema sets {@code additionalProperties: true}), with the nearest
 * allowed names offered ({@link NearNames}): ignoring it would run the tool on defaults the model did not mean.
 * Array sizes are checked before any element, so an oversized list costs one comparison. Enum values match in
 * any letter case; {@link EnumSpelling#canonical} rewrites them to the declared spelling before a tool runs.
 */
final class ArgumentValidator {

    private static final int MAX_SHOWN = 60;

    /** Problems listed in full; the rest are counted. A model fixes the first ones and calls again. */
    private static final int MAX_PROBLEMS = 20;

    /** Unknown keys named in one object's problem; the rest are counted. */
    private static final int MAX_UNKNOWN_SHOWN = 10;

    // Jackson's limit for the digits of a JSON number (StreamReadConstraints); numeric strings get the same, since
    // BigDecimal's parsing of longer digit strings grows faster than their length.
    private static final int MAX_NUMBER_CHARS = 1000;

    private final Map<String, Bounds> bounds;
    private final Map<String, Integer> sizeLimits;
    private final List<String> problems = new ArrayList<>();

    private ArgumentValidator(Map<String, Bounds> bounds, Map<String, Integer> sizeLimits) {
        this.bounds = bounds;
        this.sizeLimits = sizeLimits;
    }

    static List<String> validate(ToolSpec spec, JsonNode arguments) {
        return validate(spec.parameters(), spec.bounds(), spec.sizeLimits(), arguments);
    }

    static List<String> validate(JsonObjectSchema schema, Map<String, Bounds> bounds, Map<String, Integer> sizeLimits,
                                 JsonNode value) {
        if (value == null || !value.isObject()) {
            return List.of("expected a JSON object, got " + describe(value));
        }
        ArgumentValidator validator = new ArgumentValidator(bounds, sizeLimits);
        validator.object(schema, value, "");
        return validator.result();
    }

    private List<String> result() {
        if (problems.size() <= MAX_PROBLEMS) {
            return problems;
        }
        List<String> shown = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
        shown.add("and " + (problems.size() - MAX_PROBLEMS) + " more problems");
        return shown;
    }

    private void check(JsonSchemaElement schema, JsonNode value, String path) {
        if (schema instanceof JsonObjectSchema o) {
            if (!value.isObject()) {
                problems.add(path + ": expected an object, got " + describe(value));
            } else {
                object(o, value, path);
            }
        } else if (schema instanceof JsonArraySchema a) {
            array(a, value, path);
        } else if (schema instanceof JsonIntegerSchema) {
            number(value, path, true);
        } else if (schema instanceof JsonNumberSchema) {
            number(value, path, false);
        } else if (schema instanceof JsonBooleanSchema) {
            if (!value.isBoolean() && !(value.isTextual() && value.asText().matches("(?i)true|false"))) {
                problems.add(path + ": expected true or false, got " + describe(value));
            }
        } else if (schema instanceof JsonEnumSchema e) {
            if (!value.isTextual() || EnumSpelling.declared(e.enumValues(), value.asText()).isEmpty()) {
                problems.add(path + ": expected one of " + e.enumValues() + ", got " + describe(value));
            }
        } else if (schema instanceof JsonStringSchema) {
            string(value, path);
        } else if (schema instanceof JsonAnyOfSchema any) {
            anyOf(any, value, path);
        }
    }

    private void array(JsonArraySchema schema, JsonNode value, String path) {
        if (!value.isArray()) {
            problems.add(path + ": expected an array, got " + describe(value));
            return;
        }
        int limit = sizeLimits.getOrDefault(path, ToolSpec.DEFAULT_MAX_ITEMS);
        if (value.size() > limit) {
            problems.add(path + ": at most " + limit + " items allowed, got " + value.size());
            return;
        }
        if (schema.items() != null) {
            for (int i = 0; i < value.size(); i++) {
                element(schema.items(), value.get(i), path + "[" + i + "]", path + "[]");
            }
        }
    }

    private void string(JsonNode value, String path) {
        if (!value.isTextual()) {
            problems.add(path + ": expected a string, got " + describe(value));
            return;
        }
        int limit = sizeLimits.getOrDefault(path, ToolSpec.DEFAULT_MAX_LENGTH);
        if (value.textValue().length() > limit) {
            problems.add(path + ": at most " + limit + " characters allowed, got " + value.textValue().length());
        }
    }

    private void anyOf(JsonAnyOfSchema any, JsonNode value, String path) {
        int before = problems.size();
        for (JsonSchemaElement option : any.anyOf()) {
            check(option, value, path);
            if (problems.size() == before) {
                return;
            }
            problems.subList(before, problems.size()).clear();
        }
        problems.add(path + ": matches none of the allowed shapes, got " + describe(value));
    }

    // Array elements share one bound path ("lines[].quantity") but are reported by index ("lines[2].quantity").
    private void element(JsonSchemaElement schema, JsonNode value, String shownPath, String boundPath) {
        int before = problems.size();
        check(schema, value, boundPath);
        for (int i = before; i < problems.size(); i++) {
            problems.set(i, shownPath + problems.get(i).substring(boundPath.length()));
        }
    }

    private void object(JsonObjectSchema schema, JsonNode value, String path) {
        if (!Boolean.TRUE.equals(schema.additionalProperties())) {
            unknownKeys(schema.properties().keySet(), value, path);
        }
        for (String name : schema.required()) {
            JsonNode child = value.get(name);
            if (child == null || child.isNull()) {
                problems.add(join(path, name) + ": required" + expectation(schema.properties().get(name)) + " but missing");
            }
        }
        for (Map.Entry<String, JsonSchemaElement> property : schema.properties().entrySet()) {
            JsonNode child = value.get(property.getKey());
            if (child != null && !child.isNull()) {
                check(property.getValue(), child, join(path, property.getKey()));
            }
        }
    }

    private void unknownKeys(Set<String> allowed, JsonNode value, String path) {
        List<String> unknown = new ArrayList<>();
        int count = 0;
        for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name) && count++ < MAX_UNKNOWN_SHOWN) {
                List<String> near = NearNames.near(name, allowed);
                unknown.add("'" + clip(name) + "'" + (near.isEmpty() ? ""
                        : " (did you mean " + near.stream().map(n -> "'" + n + "'").collect(Collectors.joining(" or ")) + "?)"));
            }
        }
        if (count == 0) {
            return;
        }
        problems.add((path.isEmpty() ? "" : path + ": ") + (count == 1 ? "unknown key " : "unknown keys ")
                + String.join(", ", unknown) + (count > unknown.size() ? " and " + (count - unknown.size()) + " more" : "")
                + "; allowed keys: " + (allowed.isEmpty() ? "none" : String.join(", ", allowed)));
    }

    private void number(JsonNode value, String path, boolean integral) {
        Optional<BigDecimal> number = asNumber(value);
        if (number.isEmpty()) {
            problems.add(path + ": expected " + (integral ? "an integer" : "a number") + ", got " + describe(value));
            return;
        }
        if (integral && number.get().stripTrailingZeros().scale() > 0) {
            problems.add(path + ": expected an integer, got " + number.get().toPlainString());
            return;
        }
        Bounds b = bounds.get(path);
        if (b != null) {
            b.check(number.get()).ifPresent(message -> problems.add(path + ": " + message));
        }
    }

    static Optional<BigDecimal> asNumber(JsonNode value) {
        if (value.isNumber()) {
            return value.isFloatingPointNumber() && !Double.isFinite(value.doubleValue())
                    ? Optional.empty() : Optional.of(value.decimalValue());
        }
        if (value.isTextual() && value.textValue().length() <= MAX_NUMBER_CHARS) {
            try {
                return Optional.of(new BigDecimal(value.asText().trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String expectation(JsonSchemaElement schema) {
        if (schema == null) {
            return "";
        }
        String type = schema instanceof JsonIntegerSchema ? "integer"
                : schema instanceof JsonNumberSchema ? "number"
                : schema instanceof JsonBooleanSchema ? "boolean"
                : schema instanceof JsonEnumSchema e ? "one of " + e.enumValues()
                : schema instanceof JsonArraySchema ? "array"
                : schema instanceof JsonObjectSchema ? "object" : "string";
        String description = schema.description();
        return " (" + type + (description == null ? "" : ": " + description) + ")";
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    static String describe(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "null";
        }
        String kind = value.isTextual() ? "string " : value.isNumber() ? "number " : value.isBoolean() ? "boolean "
                : value.isArray() ? "array " : "object ";
        // A large container is counted rather than written out and then cut.
        return kind + (value.isContainerNode() && value.size() > MAX_SHOWN ? "of " + value.size() + " elements"
                : clip(value.toString()));
    }

    private static String clip(String text) {
        return text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN) + "..." : text;
    }
}
