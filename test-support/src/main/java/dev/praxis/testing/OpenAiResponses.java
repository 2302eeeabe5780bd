package dev.praxis.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Response bodies in the OpenAI Chat Completions wire format, as vLLM, llama.cpp, LM Studio, DashScope and
 * Ollama's {@code /v1} send them, for a mock server that a real {@code OpenAiChatModel} talks to.
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

    /** One tool call entry; {@code argumentsJson} is sent as a JSON string, exactly as servers send it. */
    public static ObjectNode call(String id, String name, String argumentsJson) {
        ObjectNode call = JSON.createObjectNode();
        call.put("id", id);
        call.put("type", "function");
        ObjectNode function = call.putObject("function");
        function.put("name", name);
        function.put("arguments", argumentsJson);
        return call;
    }

    /** A completion whose message asks for {@code calls}, finish_reason {@code tool_calls}. */
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

    /** A completion with a final text answer, finish_reason {@code stop}. */
    public static String answer(String text) {
        ObjectNode body = envelope();
        message(body, "stop").put("content", text);
        return body.toString();
    }

    /** An error body, {@code {"error":{"message":...,"type":...}}}. */
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
