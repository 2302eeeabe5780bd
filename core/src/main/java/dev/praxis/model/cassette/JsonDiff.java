package dev.praxis.model.cassette;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The differences between two JSON trees, as {@code path: expected X but was Y}, at most {@link #LIMIT}. */
final class JsonDiff {

    static final int LIMIT = 20;
    private static final int MAX_VALUE_CHARS = 300;

    private JsonDiff() {
    }

    static List<String> differences(JsonNode expected, JsonNode actual, String root) {
        List<String> out = new ArrayList<>();
        compare(expected, actual, root, out);
        return out;
    }

    private static void compare(JsonNode expected, JsonNode actual, String path, List<String> out) {
        if (out.size() >= LIMIT || expected.equals(actual)) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                compare(expected.path(name), actual.path(name), path + "." + name, out);
            }
        } else if (expected.isArray() && actual.isArray()) {
            int common = Math.min(expected.size(), actual.size());
            for (int i = 0; i < common; i++) {
                compare(expected.get(i), actual.get(i), path + "[" + i + "]", out);
            }
            if (expected.size() != actual.size() && out.size() < LIMIT) {
                out.add(path + ": expected " + expected.size() + " elements but was " + actual.size()
                        + extra(expected.size() > actual.size() ? expected : actual, common,
                        expected.size() > actual.size() ? " (missing: " : " (extra: "));
            }
        } else {
            out.add(path + ": expected " + show(expected) + " but was " + show(actual));
        }
    }

    private static String extra(JsonNode longer, int from, String label) {
        StringBuilder items = new StringBuilder(label);
        Iterator<JsonNode> it = longer.elements();
        for (int i = 0; it.hasNext(); i++) {
            JsonNode next = it.next();
            if (i >= from) {
                items.append(i > from ? ", " : "").append(show(next));
            }
        }
        return items.append(')').toString();
    }

    private static String show(JsonNode node) {
        if (node.isMissingNode()) {
            return "(absent)";
        }
        String text = node.toString();
        return text.length() > MAX_VALUE_CHARS ? text.substring(0, MAX_VALUE_CHARS) + "...(" + text.length() + " chars)" : text;
    }
}
