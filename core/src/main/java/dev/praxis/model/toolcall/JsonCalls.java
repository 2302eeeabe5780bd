package dev.praxis.model.toolcall;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.langchain4j.agent.tool.ToolExecutionRequest;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads calls written as JSON: {@code {"name": ..., "arguments": {...}}} and its variants ({@code parameters},
 * arguments as a JSON string, an OpenAI-style {@code function} wrapper, a {@code tool_calls} list, an array of
 * calls), and a tool's name as the only key ({@code {"get_temperature": {"city": "Paris"}}}, accepted only for an
 * offered tool). An item of an array that is no call is skipped, so that one bad item does not discard the calls
 * next to it.
 */
final class JsonCalls {

    private JsonCalls() {
    }

    /**
     * The calls in one JSON text. With {@code strict} (JSON outside call tags), every item that names something
     * must name an offered tool, or the text is data rather than calls and none are returned.
     */
    static List<ToolExecutionRequest> read(String json, OfferedTools tools, boolean strict) {
        Optional<JsonNode> node = LenientJson.read(json);
        if (node.isEmpty()) {
            return List.of();
        }
        List<ToolExecutionRequest> calls = new ArrayList<>();
        for (JsonNode item : items(node.get())) {
            Optional<ToolExecutionRequest> call = toCall(item, tools);
            if (call.isPresent() && strict && !tools.has(call.get().name())) {
                return List.of();
            }
            call.ifPresent(calls::add);
        }
        return calls;
    }

    private static List<JsonNode> items(JsonNode node) {
        List<JsonNode> items = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(items::add);
        } else if (node.path("tool_calls").isArray()) {
            node.get("tool_calls").forEach(items::add);
        } else {
            items.add(node);
        }
        return items;
    }

    private static Optional<ToolExecutionRequest> toCall(JsonNode item, OfferedTools tools) {
        if (!item.isObject()) {
            return Optional.empty();
        }
        JsonNode call = item.path("function").isObject() ? item.get("function") : item;
        String name = firstText(call, "name", "tool", "tool_name", "function");
        JsonNode args;
        if (name == null || name.isBlank()) {
            Optional<Map.Entry<String, JsonNode>> keyed = nameAsKey(call, tools);
            if (keyed.isEmpty()) {
                return Optional.empty();
            }
            name = keyed.get().getKey();
            args = keyed.get().getValue();
        } else {
            args = firstPresent(call, "arguments", "parameters", "args", "input");
        }
        String called = name.strip();
        return arguments(args).map(object -> ToolExecutionRequest.builder().name(called)
                .arguments(object.toString()).build());
    }

    /** {@code {"tool": {...}}}: one key, naming an offered tool, whose value is the arguments object. */
    private static Optional<Map.Entry<String, JsonNode>> nameAsKey(JsonNode call, OfferedTools tools) {
        Iterator<Map.Entry<String, JsonNode>> fields = call.properties().iterator();
        if (call.size() != 1) {
            return Optional.empty();
        }
        Map.Entry<String, JsonNode> only = fields.next();
        return tools.has(only.getKey()) && only.getValue().isObject() ? Optional.of(only) : Optional.empty();
    }

    private static Optional<JsonNode> arguments(JsonNode args) {
        if (args == null || args.isNull()) {
            return Optional.of(JsonNodeFactory.instance.objectNode());
        }
        if (args.isTextual()) {
            // arguments the model serialised itself; text that holds no object stays a string, which the agent
            // rejects with the tool's schema (vLLM passes it on the same way: vllm-project/vllm,
            // tests/tool_parsers/test_hermes_tool_parser.py)
            return args.asText().isBlank() ? Optional.of(JsonNodeFactory.instance.objectNode())
                    : Optional.of(LenientJson.read(args.asText()).filter(JsonNode::isObject).orElse(args));
        }
        return args.isObject() ? Optional.of(args) : Optional.empty();
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String field : fields) {
            JsonNode value = node.get(field);
            if (value != null && value.isTextual()) {
                return value.asText();
            }
        }
        return null;
    }

    private static JsonNode firstPresent(JsonNode node, String... fields) {
        for (String field : fields) {
            if (node.has(field)) {
                return node.get(field);
            }
        }
        return null;
    }
}
