package dev.praxis.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Response bodies in Ollama's native {@code /api/chat} wire format for a mock server that a real
 * {@code OllamaChatModel} talks to. Tool-call arguments are JSON objects, and, as Ollama sends them to
 * LangChain4j 1.11, calls carry no usable id. The {@code streamed*} builders write the NDJSON lines of a streamed
 * reply ({@code OllamaStreamingChatModel}): lines with {@code "done":false}, then {@link #streamedDone()}.
 *
 * <pre>{@code
 * String body = OllamaResponses.streamedToolCalls(call("lookup", "{\"id\":1}"), call("lookup", "{\"id\":2}"))
 *         + OllamaResponses.streamedDone();
 * }</pre>
 */
public final class OllamaResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OllamaResponses() {
    }

    /**
     * One tool call entry; {@code argumentsJson} must be a JSON object, sent as an object.
     *
     * @param name the tool's name
     * @param argumentsJson the arguments, a JSON object's text
     * @return the {@code {"function":{...}}} entry for {@link #toolCalls}
     */
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

    /**
     * A non-streaming reply that asks for {@code calls}.
     *
     * @param calls entries made with {@link #call}
     * @return the response body
     */
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

    /**
     * A non-streaming final answer.
     *
     * @param text the answer
     * @return the response body
     */
    public static String answer(String text) {
        ObjectNode body = envelope();
        ObjectNode message = body.putObject("message");
        message.put("role", "assistant");
        message.put("content", text);
        return body.toString();
    }

    /**
     * One line of a streamed reply ({@code "done":false}) asking for {@code calls}, ending in a newline.
     *
     * @param calls entries made with {@link #call}
     * @return one NDJSON line
     */
    public static String streamedToolCalls(ObjectNode... calls) {
        ObjectNode line = streamedLine("");
        ArrayNode list = ((ObjectNode) line.get("message")).putArray("tool_calls");
        for (ObjectNode call : calls) {
            list.add(call);
        }
        return line + "\n";
    }

    /**
     * One line of a streamed reply ({@code "done":false}) carrying answer text, ending in a newline.
     *
     * @param text the text of this chunk
     * @return one NDJSON line
     */
    public static String streamedText(String text) {
        return streamedLine(text) + "\n";
    }

    /**
     * The last line of a streamed reply: {@code "done":true} with its {@code done_reason} and token counts.
     *
     * @return one NDJSON line
     */
    public static String streamedDone() {
        ObjectNode line = envelope();
        ObjectNode message = line.putObject("message");
        message.put("role", "assistant");
        message.put("content", "");
        return line + "\n";
    }

    private static ObjectNode streamedLine(String content) {
        ObjectNode line = JSON.createObjectNode();
        line.put("model", "qwen2.5:7b");
        line.put("created_at", "2025-07-07T20:32:53.844124Z");
        ObjectNode message = line.putObject("message");
        message.put("role", "assistant");
        message.put("content", content);
        line.put("done", false);
        return line;
    }

    /**
     * Ollama's error body, {@code {"error":"..."}}.
     *
     * @param message the error message
     * @return the error body
     */
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
