package dev.praxis.testing.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/** The fake's replies in the OpenAI Chat Completions format: a whole completion, or the events of a stream. */
final class OpenAiFakeReplies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeServerBehaviour behaviour;

    OpenAiFakeReplies(FakeServerBehaviour behaviour) {
        this.behaviour = behaviour;
    }

    /** A whole {@code chat.completion}. */
    String completion(FakeTurn turn) {
        ObjectNode body = envelope("chat.completion");
        ObjectNode choice = ((ArrayNode) body.get("choices")).addObject();
        choice.put("index", 0);
        ObjectNode message = choice.putObject("message");
        message.put("role", "assistant");
        if (behaviour.reasoning() == FakeServerBehaviour.Reasoning.SEPARATED) {
            message.put("reasoning_content", FakeTurn.reasoningText());
        }
        if (nativeCalls(turn)) {
            message.putNull("content");
            ArrayNode calls = message.putArray("tool_calls");
            List<String> cities = turn.cities();
            for (int i = 0; i < cities.size(); i++) {
                ObjectNode call = calls.addObject();
                call.put("id", "call_" + (i + 1));
                call.put("type", "function");
                call.putObject("function").put("name", turn.toolName()).put("arguments", turn.argumentsJson(cities.get(i)));
            }
            choice.put("finish_reason", "tool_calls");
        } else {
            message.put("content", content(turn));
            choice.put("finish_reason", "stop");
        }
        if (behaviour.usage()) {
            body.set("usage", usage(turn));
        }
        return body.toString();
    }

    /** The server-sent events of a streamed reply, ending with {@code data: [DONE]}. */
    String stream(FakeTurn turn) {
        List<String> events = new ArrayList<>();
        if (behaviour.reasoning() == FakeServerBehaviour.Reasoning.SEPARATED) {
            events.add(chunk(delta -> delta.put("reasoning_content", FakeTurn.reasoningText()), null));
        }
        if (nativeCalls(turn)) {
            List<String> cities = turn.cities();
            for (int i = 0; i < cities.size(); i++) {
                int index = i;
                events.add(chunk(delta -> {
                    ObjectNode call = delta.putArray("tool_calls").addObject();
                    call.put("index", index).put("id", "call_" + (index + 1)).put("type", "function");
                    call.putObject("function").put("name", turn.toolName()).put("arguments", "");
                }, null));
                String arguments = turn.argumentsJson(cities.get(i));
                for (String part : halves(arguments)) {
                    events.add(chunk(delta -> delta.putArray("tool_calls").addObject().put("index", index)
                            .putObject("function").put("arguments", part), null));
                }
            }
            events.add(chunk(delta -> { }, "tool_calls"));
        } else {
            for (String part : halves(content(turn))) {
                events.add(chunk(delta -> delta.put("content", part), null));
            }
            events.add(chunk(delta -> { }, "stop"));
        }
        if (behaviour.usage() && turn.includeUsage()) {
            ObjectNode last = envelope("chat.completion.chunk");
            last.set("usage", usage(turn));
            events.add("data: " + last + "\n\n");
        }
        events.add("data: [DONE]\n\n");
        return String.join("", events);
    }

    private boolean nativeCalls(FakeTurn turn) {
        return turn.calls() && turn.nativeTools() && behaviour.toolReply() == FakeServerBehaviour.ToolReply.NATIVE;
    }

    private String content(FakeTurn turn) {
        String text = turn.calls() ? turn.callsAsText(behaviour.textDialect()) : turn.answer();
        return behaviour.reasoning() == FakeServerBehaviour.Reasoning.LEAKED
                ? "<think>\n" + FakeTurn.reasoningText() + "\n</think>\n\n" + text : text;
    }

    private String chunk(java.util.function.Consumer<ObjectNode> fill, String finishReason) {
        ObjectNode body = envelope("chat.completion.chunk");
        ObjectNode choice = ((ArrayNode) body.get("choices")).addObject();
        choice.put("index", 0);
        fill.accept(choice.putObject("delta"));
        if (finishReason == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finishReason);
        }
        return "data: " + body + "\n\n";
    }

    private ObjectNode envelope(String object) {
        ObjectNode body = JSON.createObjectNode();
        body.put("id", "chatcmpl-fake");
        body.put("object", object);
        body.put("created", 1730000000);
        body.put("model", behaviour.servedModel());
        body.putArray("choices");
        return body;
    }

    private static ObjectNode usage(FakeTurn turn) {
        ObjectNode usage = JSON.createObjectNode();
        usage.put("prompt_tokens", turn.promptTokens());
        usage.put("completion_tokens", 12);
        usage.put("total_tokens", turn.promptTokens() + 12);
        return usage;
    }

    /** Text in two pieces, as a stream sends it in several deltas. */
    static List<String> halves(String text) {
        int middle = text.length() / 2;
        return middle == 0 ? List.of(text) : List.of(text.substring(0, middle), text.substring(middle));
    }
}
