package dev.praxis.approval;

import dev.praxis.internal.json.SharedJson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.json.PraxisJson;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * SHA-256 of the canonical JSON of a value, the form an approval binds: the value is turned into JSON with the
 * shared mapper ({@link PraxisJson}), then written with object keys sorted, no whitespace, and every number as
 * its plain decimal without trailing zeros, so {@code 10}, {@code 10.0} and {@code 1E+1} hash alike while any
 * change of an item, a quantity, a price, an address or a currency changes the hash.
 */
final class ActionHash {

    private ActionHash() {
    }

    static byte[] of(Object action) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(canonical(action).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    static String canonical(Object action) {
        StringBuilder canonical = new StringBuilder();
        write(action instanceof JsonNode node ? node : PraxisJson.tree(action), canonical);
        return canonical.toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            out.append('{');
            for (int i = 0; i < names.size(); i++) {
                out.append(i == 0 ? "" : ",").append(quoted(names.get(i))).append(':');
                write(node.get(names.get(i)), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            Iterator<JsonNode> items = node.elements();
            for (int i = 0; items.hasNext(); i++) {
                out.append(i == 0 ? "" : ",");
                write(items.next(), out);
            }
            out.append(']');
        } else if (node.isNumber()) {
            out.append(node.decimalValue().stripTrailingZeros().toPlainString());
        } else if (node.isTextual()) {
            out.append(quoted(node.textValue()));
        } else {
            out.append(node.isMissingNode() ? "null" : node.toString());
        }
    }

    private static String quoted(String text) {
        try {
            return SharedJson.mapper().writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a string is always JSON", e);
        }
    }
}
