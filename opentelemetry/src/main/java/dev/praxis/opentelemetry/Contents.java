package dev.praxis.opentelemetry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.praxis.internal.text.Redaction;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * Message contents as the GenAI conventions record them (JSON arrays of messages with typed parts, in
 * {@code gen_ai.input.messages} and {@code gen_ai.output.messages}), always passed through Praxis's
 * {@link Redaction} first: only written when the application opted in.
 */
final class Contents {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final List<String> secrets;

    Contents(List<String> secrets) {
        this.secrets = List.copyOf(secrets);
    }

    String redact(@Nullable String text) {
        String redacted = Redaction.redact(text, secrets);
        return redacted == null ? "" : redacted;
    }

    String redact(JsonNode json) {
        return Redaction.redact(json, secrets).toString();
    }

    String messages(List<ChatMessage> messages) {
        ArrayNode array = JSON.arrayNode();
        for (ChatMessage message : messages) {
            array.add(message(message));
        }
        return array.toString();
    }

    String userText(String text) {
        ArrayNode array = JSON.arrayNode();
        array.add(text("user", text));
        return array.toString();
    }

    String output(AiMessage message, @Nullable String finishReason) {
        ObjectNode node = (ObjectNode) message(message);
        if (finishReason != null) {
            node.put("finish_reason", finishReason);
        }
        return JSON.arrayNode().add(node).toString();
    }

    private JsonNode message(ChatMessage message) {
        if (message instanceof SystemMessage system) {
            return text("system", system.text());
        }
        if (message instanceof UserMessage user) {
            return text("user", user.hasSingleText() ? user.singleText() : user.contents().toString());
        }
        if (message instanceof ToolExecutionResultMessage result) {
            ObjectNode node = JSON.objectNode().put("role", "tool");
            node.putArray("parts").addObject().put("type", "tool_call_response").put("id", result.id())
                    .put("response", redact(result.text()));
            return node;
        }
        if (message instanceof AiMessage ai) {
            ObjectNode node = JSON.objectNode().put("role", "assistant");
            ArrayNode parts = node.putArray("parts");
            if (ai.text() != null && !ai.text().isEmpty()) {
                parts.addObject().put("type", "text").put("content", redact(ai.text()));
            }
            for (ToolExecutionRequest call : ai.toolExecutionRequests()) {
                parts.addObject().put("type", "tool_call").put("id", call.id()).put("name", call.name())
                        .put("arguments", redact(call.arguments()));
            }
            return node;
        }
        return text(message.type().name().toLowerCase(java.util.Locale.ROOT), message.toString());
    }

    private ObjectNode text(String role, @Nullable String text) {
        ObjectNode node = JSON.objectNode().put("role", role);
        node.putArray("parts").addObject().put("type", "text").put("content", redact(text));
        return node;
    }
}
