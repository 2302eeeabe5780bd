package dev.praxis.testing.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/** The fake's replies in Ollama's {@code /api/chat} format: one JSON object, or NDJSON lines when streaming. */
final class OllamaFakeReplies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeServerBehaviour behaviour;

    OllamaFakeReplies(FakeServerBehaviour behaviour) {
        this.behaviour = behaviour;
    }

    /** A whole (unstreamed) reply. */
    String reply(FakeTurn turn) {
        ObjectNode body = line(true);
        ObjectNode message = (ObjectNode) body.get("message");
        if (behaviour.reasoning() == FakeServerBehaviour.Reasoning.SEPARATED) {
            message.put("thinking", FakeTurn.reasoningText());
        }
        if (nativeCalls(turn)) {
            addCalls(message, turn);
        } else {
            message.put("content", content(turn));
        }
        return body.toString();
    }

    /** The NDJSON lines of a streamed reply: reasoning, calls or text, then the {@code done} line. */
    String stream(FakeTurn turn) {
        List<String> lines = new ArrayList<>();
        if (behaviour.reasoning() == FakeServerBehaviour.Reasoning.SEPARATED) {
            ObjectNode thinking = line(false);
            ((ObjectNode) thinking.get("message")).put("thinking", FakeTurn.reasoningText());
            lines.add(thinking.toString());
        }
        if (nativeCalls(turn)) {
            ObjectNode calls = line(false);
            addCalls((ObjectNode) calls.get("message"), turn);
            lines.add(calls.toString());
        } else {
            for (String part : OpenAiFakeReplies.halves(content(turn))) {
                ObjectNode text = line(false);
                ((ObjectNode) text.get("message")).put("content", part);
                lines.add(text.toString());
            }
        }
        lines.add(line(true).toString());
        return String.join("\n", lines) + "\n";
    }

    private boolean nativeCalls(FakeTurn turn) {
        return turn.calls() && turn.nativeTools() && behaviour.toolReply() == FakeServerBehaviour.ToolReply.NATIVE;
    }

    private void addCalls(ObjectNode message, FakeTurn turn) {
        ArrayNode calls = message.putArray("tool_calls");
        for (String city : turn.cities()) {
            ObjectNode function = calls.addObject().putObject("function");
            function.put("name", turn.toolName());
            function.putObject("arguments").put(turn.argumentName(), city);
        }
    }

    private String content(FakeTurn turn) {
        String text = turn.calls() ? turn.callsAsText(behaviour.textDialect()) : turn.answer();
        return behaviour.reasoning() == FakeServerBehaviour.Reasoning.LEAKED
                ? "<think>\n" + FakeTurn.reasoningText() + "\n</think>\n\n" + text : text;
    }

    private ObjectNode line(boolean done) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", behaviour.servedModel());
        body.put("created_at", "2026-01-01T00:00:00Z");
        ObjectNode message = body.putObject("message");
        message.put("role", "assistant");
        message.put("content", "");
        body.put("done", done);
        if (done) {
            body.put("done_reason", "stop");
            if (behaviour.usage()) {
                body.put("prompt_eval_count", 42);
                body.put("eval_count", 12);
            }
        }
        return body;
    }
}
