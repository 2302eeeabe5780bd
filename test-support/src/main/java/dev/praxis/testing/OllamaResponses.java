package dev.praxis.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Response bodies in Ollama's native {@code /api/chat} wire format for a mock server that a real
 * {@code OllamaChatModel} talks to. Tool-call arguments are JSON objects, and, as Ollama sends them to
 * LangChain4j 1.11, calls carry no usable id.
 */
public final class OllamaResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OllamaResponses() {
    }

    /** One tool call entry; {@code argumentsJson} must be a JSON object, sent as an object. */
    public static ObjectNode call(String name, String argumentsJson) {
        ObjectNode call = JSON.createObjectNode();
        ObjectNode function = call.putObject("function");
        function.put("name", name);
        try {
            JsonNode arguments = JSON.readTree(argumentsJson);
            function.set("arguments", arguments);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("Ollama sends arguments as a JSON object: " + argumentsJson, e);
        }
        return call;
    }

    /** A non-streaming reply that asks for {@code calls}. */
    public static String toolCalls(ObjectNode... calls) {
        ObjectNode body = envelope();
        ObjectNode message = body.putObject("message");
        message.put("role", "assistant");
        message.put("content", "");
        ArrayNode list = message.putArray("tool_calls");
        for (ObjectNode call : calls) {
            list.add(call);
        }
        return body.toString();
    }

    /** A non-streaming final answer. */
    public static String answer(String text) {
        ObjectNode body = envelope();
        ObjectNode message = body.putObject("message");
        message.put("role", "assistant");
        message.put("content", text);
        return body.toString();
    }

    /** Ollama's error body, {@code {"error":"..."}}. */
    public static String error(String message) {
        ObjectNode body = JSON.createObjectNode();
        body.put("error", message);
        return body.toString();
    }

    private static ObjectNode envelope() {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", "qwen2.5:7b");
        body.put("created_at", "2025-07-07T20:32:53.844124Z");
        body.put("done_reason", "stop");
        body.put("done", true);
        body.put("prompt_eval_count", 169);
        body.put("eval_count", 18);
        return body;
    }
}
