package dev.praxis.examples.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** Comparisons of JSON values as a person reads them: numbers by value, numeric text as its number. */
final class JsonValues {

    private JsonValues() {
    }

    /** The number in {@code node}, also when written as text; empty for anything else. */
    static Optional<BigDecimal> number(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isNumber()) {
            return Optional.of(node.decimalValue());
        }
        if (node.isTextual()) {
            try {
                return Optional.of(new BigDecimal(node.textValue().strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether two values are the same: numbers by value, objects by their keys, arrays element by element. */
    static boolean sameValue(JsonNode expected, JsonNode actual) {
        if (expected.isNumber()) {
            return number(actual).map(n -> n.compareTo(expected.decimalValue()) == 0).orElse(false);
        }
        if (expected.isObject()) {
            return actual.isObject() && actual.size() == expected.size() && sameFields(expected, actual);
        }
        if (expected.isArray()) {
            if (!actual.isArray() || actual.size() != expected.size()) {
                return false;
            }
            for (int i = 0; i < expected.size(); i++) {
                if (!sameValue(expected.get(i), actual.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return expected.equals(actual);
    }

    private static boolean sameFields(JsonNode expected, JsonNode actual) {
        for (Map.Entry<String, JsonNode> field : expected.properties()) {
            JsonNode other = actual.get(field.getKey());
            if (other == null || !sameValue(field.getValue(), other)) {
                return false;
            }
        }
        return true;
    }
}
