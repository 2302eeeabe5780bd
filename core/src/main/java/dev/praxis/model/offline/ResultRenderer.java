package dev.praxis.model.offline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.Map;

/**
 * Writes a tool's result as the answer: objects as "Label: value" lines, lists as bullets (at most 10),
 * errors as "The tool reported an error: ...". Values are shown as the tool returned them; nothing is
 * computed or invented here.
 */
final class ResultRenderer {

    /** Keeps decimals exactly as the tool wrote them: 1896.20 stays 1896.20. */
    private static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    private static final int MAX_ITEMS = 10;

    String render(String toolName, String resultText, boolean error) {
        if (error) {
            return "The tool " + toolName + " reported an error: " + resultText;
        }
        JsonNode node = parse(resultText);
        if (node == null) {
            return "Result of " + toolName + ": " + resultText;
        }
        StringBuilder out = new StringBuilder("Result of " + toolName + ":\n");
        append(out, node, "");
        return out.toString().stripTrailing();
    }

    private void append(StringBuilder out, JsonNode node, String indent) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                JsonNode value = field.getValue();
                out.append(indent).append(label(field.getKey())).append(':');
                if (isMoney(value)) {
                    out.append(' ').append(money(value)).append('\n');
                } else if (value.isContainerNode() && !value.isEmpty()) {
                    out.append('\n');
                    append(out, value, indent + "  ");
                } else {
                    out.append(' ').append(scalar(value)).append('\n');
                }
            }
        } else if (node.isArray()) {
            int shown = 0;
            for (JsonNode item : node) {
                if (shown++ == MAX_ITEMS) {
                    out.append(indent).append("- ... and ").append(node.size() - MAX_ITEMS).append(" more\n");
                    break;
                }
                if (item.isContainerNode()) {
                    out.append(indent).append("-\n");
                    append(out, item, indent + "  ");
                } else {
                    out.append(indent).append("- ").append(scalar(item)).append('\n');
                }
            }
        } else {
            out.append(indent).append(scalar(node)).append('\n');
        }
    }

    /** A money value as tools write it: {@code {"amount": ..., "currency": ...}}, maybe with minor units. */
    private static boolean isMoney(JsonNode value) {
        if (!value.isObject() || !value.has("amount") || !value.has("currency")) {
            return false;
        }
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            if (!field.getKey().matches("amount|currency|minor|minor_units")) {
                return false;
            }
        }
        return true;
    }

    private static String money(JsonNode value) {
        return value.get("amount").asText() + " " + value.get("currency").asText();
    }

    private static String scalar(JsonNode value) {
        if (value.isNull()) {
            return "none";
        }
        if (value.isContainerNode()) {
            return value.isArray() ? "(none)" : "(empty)";
        }
        return value.asText();
    }

    private static String label(String key) {
        String spaced = key.replace('_', ' ').replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static JsonNode parse(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.startsWith("{") && !t.startsWith("[")) {
            return null;
        }
        try {
            return JSON.readTree(t);
        } catch (IOException e) {
            return null;
        }
    }
}
