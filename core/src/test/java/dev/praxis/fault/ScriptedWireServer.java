package dev.praxis.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.praxis.testing.OllamaResponses;
import dev.praxis.testing.OpenAiResponses;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A scripted model server for either wire format that answers in the form the client asked for (plain JSON, or a
 * stream when the request says {@code "stream": true}), and is strict like real OpenAI-compatible servers: a
 * request whose history holds an assistant message with no content and no tool calls is refused with 400.
 */
final class ScriptedWireServer extends Dispatcher {

    /** One scripted reply: a text (possibly empty) or tool calls. */
    record Reply(String text, List<Call> calls) {
        static Reply answer(String text) {
            return new Reply(text, List.of());
        }

        static Reply calls(Call... calls) {
            return new Reply(null, List.of(calls));
        }
    }

    /** One tool call of a reply. */
    record Call(String id, String name, String arguments) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Wire wire;
    private final BlockingQueue<Reply> replies = new LinkedBlockingQueue<>();
    private volatile Reply repeat;
    final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    final List<String> refusals = new CopyOnWriteArrayList<>();

    ScriptedWireServer(Wire wire) {
        this.wire = wire;
    }

    ScriptedWireServer then(Reply reply) {
        replies.add(reply);
        return this;
    }

    /** Answers every request after the script with {@code reply}. */
    ScriptedWireServer thenForever(Reply reply) {
        this.repeat = reply;
        return this;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        JsonNode body;
        try {
            body = JSON.readTree(request.getBody().utf8());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        requests.add(body);
        String refusal = emptyAssistantMessage(body);
        if (refusal != null) {
            refusals.add(refusal);
            String error = wire == Wire.OPENAI ? OpenAiResponses.error(refusal, "invalid_request_error")
                    : OllamaResponses.error(refusal);
            return new MockResponse.Builder().code(400).setHeader("Content-Type", "application/json").body(error)
                    .build();
        }
        Reply reply = replies.poll();
        if (reply == null) {
            reply = repeat;
        }
        if (reply == null) {
            return new MockResponse.Builder().code(500).body("script ended").build();
        }
        boolean stream = body.path("stream").asBoolean(false);
        return new MockResponse.Builder().setHeader("Content-Type", stream ? wire.streamContentType()
                : "application/json").body(stream ? streamed(reply) : plain(reply)).build();
    }

    private static String emptyAssistantMessage(JsonNode body) {
        for (JsonNode message : body.path("messages")) {
            boolean assistant = "assistant".equals(message.path("role").asText());
            boolean noCalls = message.path("tool_calls").isEmpty();
            boolean noContent = message.path("content").asText("").isBlank();
            if (assistant && noCalls && noContent) {
                return "assistant message must have content or tool_calls";
            }
        }
        return null;
    }

    private String plain(Reply reply) {
        if (wire == Wire.OPENAI) {
            if (reply.calls().isEmpty()) {
                return OpenAiResponses.answer(reply.text());
            }
            return OpenAiResponses.toolCalls(reply.calls().stream()
                    .map(c -> OpenAiResponses.call(c.id(), c.name(), c.arguments())).toArray(ObjectNode[]::new));
        }
        if (reply.calls().isEmpty()) {
            return OllamaResponses.answer(reply.text());
        }
        return OllamaResponses.toolCalls(reply.calls().stream()
                .map(c -> OllamaResponses.call(c.name(), c.arguments())).toArray(ObjectNode[]::new));
    }

    private String streamed(Reply reply) {
        return wire == Wire.OPENAI ? sse(reply) : ndjson(reply);
    }

    private static String sse(Reply reply) {
        List<ObjectNode> chunks = new ArrayList<>();
        if (reply.calls().isEmpty()) {
            String text = reply.text();
            int half = text.length() / 2;
            chunks.add(chunk(delta -> delta.put("role", "assistant").put("content", text.substring(0, half)), null));
            chunks.add(chunk(delta -> delta.put("content", text.substring(half)), null));
            chunks.add(chunk(delta -> { }, "stop"));
        } else {
            for (int i = 0; i < reply.calls().size(); i++) {
                Call call = reply.calls().get(i);
                int index = i;
                chunks.add(chunk(delta -> {
                    ObjectNode entry = delta.putArray("tool_calls").addObject();
                    entry.put("index", index).put("id", call.id()).put("type", "function");
                    entry.putObject("function").put("name", call.name()).put("arguments", "");
                }, null));
                chunks.add(chunk(delta -> delta.putArray("tool_calls").addObject().put("index", index)
                        .putObject("function").put("arguments", call.arguments()), null));
            }
            chunks.add(chunk(delta -> { }, "tool_calls"));
        }
        ObjectNode last = chunks.get(chunks.size() - 1);
        last.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 20).put("total_tokens", 120);
        StringBuilder out = new StringBuilder();
        for (ObjectNode chunk : chunks) {
            out.append("data: ").append(chunk).append("\n\n");
        }
        return out.append("data: [DONE]\n\n").toString();
    }

    private static ObjectNode chunk(java.util.function.Consumer<ObjectNode> delta, String finish) {
        ObjectNode chunk = JSON.createObjectNode();
        chunk.put("id", "chatcmpl-s").put("object", "chat.completion.chunk").put("created", 1730000000)
                .put("model", "qwen2.5:7b");
        ObjectNode choice = chunk.putArray("choices").addObject();
        choice.put("index", 0);
        delta.accept(choice.putObject("delta"));
        if (finish == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finish);
        }
        return chunk;
    }

    private static String ndjson(Reply reply) {
        StringBuilder out = new StringBuilder();
        if (reply.calls().isEmpty()) {
            String text = reply.text();
            int half = text.length() / 2;
            out.append(line(text.substring(0, half), null, false)).append('\n');
            out.append(line(text.substring(half), null, false)).append('\n');
        } else {
            ArrayNode calls = JSON.createArrayNode();
            reply.calls().forEach(c -> calls.add(OllamaResponses.call(c.name(), c.arguments())));
            out.append(line("", calls, false)).append('\n');
        }
        return out.append(line("", null, true)).append('\n').toString();
    }

    private static String line(String content, ArrayNode calls, boolean done) {
        ObjectNode line = JSON.createObjectNode();
        line.put("model", "qwen2.5:7b").put("created_at", "2025-01-22T11:22:42Z");
        ObjectNode message = line.putObject("message");
        message.put("role", "assistant").put("content", content);
        if (calls != null) {
            message.set("tool_calls", calls);
        }
        line.put("done", done);
        if (done) {
            line.put("done_reason", "stop").put("prompt_eval_count", 100).put("eval_count", 20);
        }
        return line.toString();
    }
}
