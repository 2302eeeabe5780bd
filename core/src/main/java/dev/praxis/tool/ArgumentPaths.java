package dev.praxis.tool;

import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.praxis.json.ArrayTooLongException;

import java.util.HashMap;
import java.util.Map;

/** Array limits by argument path, for refusing an oversized list while the arguments are still being read. */
final class ArgumentPaths {

    private ArgumentPaths() {
    }

    /**
     * The most items any array of {@code spec} accepts, and at least the default: no valid call has a longer one,
     * and a short array under a misspelt key still reaches the validator, which names the key.
     */
    static int longestArray(ToolSpec spec) {
        return Math.max(ToolSpec.DEFAULT_MAX_ITEMS,
                arrayLimits(spec).values().stream().mapToInt(Integer::intValue).max().orElse(0));
    }

    /** The item limit of every array in {@code spec}'s schema, declared or default, by argument path. */
    static Map<String, Integer> arrayLimits(ToolSpec spec) {
        Map<String, Integer> limits = new HashMap<>();
        collect(spec.parameters(), "", spec.sizeLimits(), limits);
        return limits;
    }

    private static void collect(JsonSchemaElement schema, String path, Map<String, Integer> sizeLimits,
                                Map<String, Integer> limits) {
        if (schema instanceof JsonObjectSchema object) {
            object.properties().forEach((name, child) ->
                    collect(child, path.isEmpty() ? name : path + "." + name, sizeLimits, limits));
        } else if (schema instanceof JsonArraySchema array) {
            limits.put(path, sizeLimits.getOrDefault(path, ToolSpec.DEFAULT_MAX_ITEMS));
            if (array.items() != null) {
                collect(array.items(), path + "[]", sizeLimits, limits);
            }
        } else if (schema instanceof JsonAnyOfSchema any) {
            any.anyOf().forEach(option -> collect(option, path, sizeLimits, limits));
        }
    }

    /**
     * The problem to report for an array refused while reading: its argument path ({@code lines[2].tags}) and the
     * limit declared for it, which may be lower than the reader's cap.
     */
    static String tooLong(ToolSpec spec, ArrayTooLongException e) {
        StringBuilder shown = new StringBuilder();
        StringBuilder limitPath = new StringBuilder();
        for (String segment : e.pointer().split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            String name = segment.replace("~1", "/").replace("~0", "~");
            boolean index = name.chars().allMatch(Character::isDigit);
            shown.append(index ? "[" + name + "]" : (shown.length() == 0 ? "" : ".") + name);
            limitPath.append(index ? "[]" : (limitPath.length() == 0 ? "" : ".") + name);
        }
        if (shown.length() == 0) {
            return "expected a JSON object, got an array of more than " + e.maxItems() + " items";
        }
        Integer limit = arrayLimits(spec).get(limitPath.toString());
        return shown + (limit == null ? ": an array of more than " + e.maxItems() + " items, longer than any argument"
                + " of this tool accepts" : ": at most " + limit + " items allowed, got more than " + e.maxItems());
    }
}
