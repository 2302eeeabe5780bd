package dev.praxis.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

/**
 * Response bodies in the OpenAI Chat Completions wire format, as vLLM, llama.cpp, LM Studio, DashScope and
 * Ollama's {@code /v1} send them, for a mock server that a real {@code OpenAiChatModel} talks to. The
 * {@code streamed*} builders write the server-sent events of a streamed reply ({@code OpenAiStreamingChatModel}):
 * chunks, then {@link #streamedFinish(String)} and {@link #streamedEnd()}.
 *
 * <pre>{@code
 * server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
 *         .body(OpenAiResponses.toolCalls(OpenAiResponses.call("call_1", "loan_payment", "{\"principal\":1000}"))).build());
 * }</pre>
 */
public final class OpenAiResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenAiResponses() {
    }

    /**
     * One tool call entry; {@code argumentsJson} is sent as a JSON string, exactly as servers send it.
     *
     * @param id the call id
     * @param name the tool's name
     * @param argumentsJson the arguments' JSON text
     * @return the {@code tool_calls} entry for {@link #toolCalls}
     */
    public static ObjectNode call(String id, String name, String argumentsJson) {
        ObjectNode call = JSON.createObjectNode();
        call.put("id", id);
        call.put("type", "function");
        ObjectNode function = call.putObject("function");
        function.put("name", name);
        function.put("arguments", argumentsJson);
        return call;
    }

    /**
     * A completion whose message asks for {@code calls}, finish_reason {@code tool_calls}.
     *
     * @param calls entries made with {@link #call}
     * @return the response body
     */
    public static String toolCalls(ObjectNode... calls) {
        ObjectNode body = envelope();
        ObjectNode message = message(body, "tool_calls");
        message.putNull("content");
        ArrayNode list = message.putArray("tool_calls");
        for (ObjectNode call : calls) {
            list.add(call);
        }
        return body.toString();
    }

    /**
     * One tool-call delta of a streamed reply: {@code index} (omitted when null), {@code id} and {@code name}
     * (omitted when null, as after a call's first delta) and a fragment of the arguments' JSON text.
     *
     * @param index the call's index in the message, or null to leave it out
     * @param id the call id, or null to leave it out
     * @param name the tool's name, or null to leave it out
     * @param argumentsFragment the next piece of the arguments' JSON text
     * @return the {@code tool_calls} delta entry for {@link #streamedToolCalls}
     */
    public static ObjectNode delta(@Nullable Integer index, @Nullable String id, @Nullable String name,
                                   String argumentsFragment) {
        ObjectNode delta = JSON.createObjectNode();
        if (index != null) {
            delta.put("index", index);
        }
        if (id != null) {
            delta.put("id", id);
            delta.put("type", "function");
        }
        ObjectNode function = delta.putObject("function");
        if (name != null) {
            function.put("name", name);
        }
        function.put("arguments", argumentsFragment);
        return delta;
    }

    /**
     * One event ({@code data: ...} and a blank line) of a streamed reply whose delta carries {@code deltas}.
     *
     * @param deltas entries made with {@link #delta}
     * @return one server-sent event
     */
    public static String streamedToolCalls(ObjectNode... deltas) {
        ObjectNode chunk = chunk();
        ArrayNode list = delta(chunk).putArray("tool_calls");
        for (ObjectNode delta : deltas) {
            list.add(delta);
        }
        return event(chunk);
    }

    /**
     * One event of a streamed reply carrying answer text.
     *
     * @param text the text of this chunk
     * @return one server-sent event
     */
    public static String streamedText(String text) {
        ObjectNode chunk = chunk();
        delta(chunk).put("content", text);
        return event(chunk);
    }

    /**
     * The event that ends a streamed reply's choice: an empty delta with {@code finishReason}.
     *
     * @param finishReason e.g. {@code stop} or {@code tool_calls}
     * @return one server-sent event
     */
    public static String streamedFinish(String finishReason) {
        ObjectNode chunk = chunk();
        ((ObjectNode) chunk.get("choices").get(0)).put("finish_reason", finishReason);
        return event(chunk);
    }

    /**
     * The stream's last event, {@code data: [DONE]}.
     *
     * @return the final server-sent event
     */
    public static String streamedEnd() {
        return "data: [DONE]\n\n";
    }

    private static ObjectNode chunk() {
        ObjectNode chunk = JSON.createObjectNode();
        chunk.put("id", "chatcmpl-test");
        chunk.put("object", "chat.completion.chunk");
        chunk.put("created", 1730000000);
        chunk.put("model", "qwen2.5:7b");
        ObjectNode choice = chunk.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("delta");
        choice.putNull("finish_reason");
        return chunk;
    }

    private static ObjectNode delta(ObjectNode chunk) {
        return (ObjectNode) chunk.get("choices").get(0).get("delta");
    }

    private static String event(ObjectNode chunk) {
        return "data: " + chunk + "\n\n";
    }

    /**
     * A completion with a final text answer, finish_reason {@code stop}.
     *
     * @param text the answer
     * @return the response body
     */
    public static String answer(String text) {
        ObjectNode body = envelope();
        message(body, "stop").put("content", text);
        return body.toString();
    }

    /**
     * An error body, {@code {"error":{"message":...,"type":...}}}.
     *
     * @param message the error message
     * @param type the error type, e.g. {@code invalid_request_error}
     * @return the error body
     */
    public static String error(String message, String type) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode error = body.putObject("error");
        error.put("message", message);
        error.put("type", type);
        error.putNull("param");
        error.putNull("code");
        return body.toString();
    }

    private static ObjectNode envelope() {
        ObjectNode body = JSON.createObjectNode();
        body.put("id", "chatcmpl-test");
        body.put("object", "chat.completion");
        body.put("created", 1730000000);
        body.put("model", "qwen2.5:7b");
        ObjectNode usage = body.putObject("usage");
        usage.put("prompt_tokens", 120);
        usage.put("completion_tokens", 20);
        usage.put("total_tokens", 140);
        return body;
    }

    private static ObjectNode message(ObjectNode body, String finishReason) {
        ObjectNode choice = body.putArray("choices").addObject();
        choice.put("index", 0);
        choice.put("finish_reason", finishReason);
        ObjectNode message = choice.putObject("message");
        message.put("role", "assistant");
        return message;
    }
}
