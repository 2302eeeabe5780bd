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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a JSON arguments object against a tool's schema and bounds, collecting every problem (not just the
 * first) in words a model can act on: the argument path, what was expected, what arrived.
 *
 * <p>Numbers sent as numeric strings ({@code "250000"}) are accepted, because small open models quote numbers
 * often and the meaning is unambiguous; anything else of the wrong type is a problem.
 */
final class ArgumentValidator {

    private static final int MAX_SHOWN = 60;

    private ArgumentValidator() {
    }

    static List<String> validate(ToolSpec spec, JsonNode arguments) {
        return validate(spec.parameters(), spec.bounds(), arguments);
    }

    static List<String> validate(JsonObjectSchema schema, Map<String, Bounds> bounds, JsonNode value) {
        List<String> problems = new ArrayList<>();
        if (value == null || !value.isObject()) {
            problems.add("expected a JSON object, got " + describe(value));
            return problems;
        }
        object(schema, value, "", bounds, problems);
        return problems;
    }

    private static void check(JsonSchemaElement schema, JsonNode value, String path, Map<String, Bounds> bounds,
                              List<String> problems) {
        if (schema instanceof JsonObjectSchema o) {
            if (!value.isObject()) {
                problems.add(path + ": expected an object, got " + describe(value));
            } else {
                object(o, value, path, bounds, problems);
            }
        } else if (schema instanceof JsonArraySchema a) {
            if (!value.isArray()) {
                problems.add(path + ": expected an array, got " + describe(value));
                return;
            }
            for (int i = 0; i < value.size(); i++) {
                if (a.items() != null) {
                    checkElement(a.items(), value.get(i), path + "[" + i + "]", path + "[]", bounds, problems);
                }
            }
        } else if (schema instanceof JsonIntegerSchema) {
            number(value, path, bounds, problems, true);
        } else if (schema instanceof JsonNumberSchema) {
            number(value, path, bounds, problems, false);
        } else if (schema instanceof JsonBooleanSchema) {
            if (!value.isBoolean() && !(value.isTextual() && value.asText().matches("(?i)true|false"))) {
                problems.add(path + ": expected true or false, got " + describe(value));
            }
        } else if (schema instanceof JsonEnumSchema e) {
            if (!value.isTextual() || !e.enumValues().contains(value.asText())) {
                problems.add(path + ": expected one of " + e.enumValues() + ", got " + describe(value));
            }
        } else if (schema instanceof JsonStringSchema) {
            if (!value.isTextual()) {
                problems.add(path + ": expected a string, got " + describe(value));
            }
        } else if (schema instanceof JsonAnyOfSchema any) {
            for (JsonSchemaElement option : any.anyOf()) {
                List<String> attempt = new ArrayList<>();
                check(option, value, path, bounds, attempt);
                if (attempt.isEmpty()) {
                    return;
                }
            }
            problems.add(path + ": matches none of the allowed shapes, got " + describe(value));
        }
    }

    // Array elements share one bound path ("lines[].quantity") but are reported by index ("lines[2].quantity").
    private static void checkElement(JsonSchemaElement schema, JsonNode value, String shownPath, String boundPath,
                                     Map<String, Bounds> bounds, List<String> problems) {
        List<String> found = new ArrayList<>();
        check(schema, value, boundPath, bounds, found);
        for (String problem : found) {
            problems.add(shownPath + problem.substring(boundPath.length()));
        }
    }

    private static void object(JsonObjectSchema schema, JsonNode value, String path, Map<String, Bounds> bounds,
                               List<String> problems) {
        for (String name : schema.required()) {
            JsonNode child = value.get(name);
            if (child == null || child.isNull()) {
                problems.add(join(path, name) + ": required" + expectation(schema.properties().get(name)) + " but missing");
            }
        }
        for (Map.Entry<String, JsonSchemaElement> property : schema.properties().entrySet()) {
            JsonNode child = value.get(property.getKey());
            if (child != null && !child.isNull()) {
                check(property.getValue(), child, join(path, property.getKey()), bounds, problems);
            }
        }
    }

    private static void number(JsonNode value, String path, Map<String, Bounds> bounds, List<String> problems,
                               boolean integral) {
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
        if (value.isTextual()) {
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
        String text = value.toString();
        return kind + (text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN) + "..." : text);
    }
}
