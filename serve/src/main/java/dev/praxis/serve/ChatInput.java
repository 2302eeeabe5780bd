package dev.praxis.serve;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A chat completion request as the server uses it: which agent, the new user text, whether to stream, the
 * {@code user} field. The client's message list is reconciled with the stored session here: the agent keeps the
 * conversation, so only the user messages after the client's last assistant (or tool) message are new, and a client
 * that resends the whole history each time does not duplicate it.
 */
record ChatInput(String model, String message, boolean stream, Optional<String> user) {

    /** Fields of the OpenAI request that are accepted; sampling options do not apply (the agent owns its model). */
    private static final Set<String> KNOWN = Set.of("model", "messages", "stream", "stream_options", "user",
            "temperature", "top_p", "max_tokens", "max_completion_tokens", "n", "stop", "presence_penalty",
            "frequency_penalty", "seed", "metadata", "store", "logit_bias", "logprobs", "top_logprobs",
            "parallel_tool_calls", "response_format", "tools", "tool_choice");
    private static final Set<String> ROLES = Set.of("system", "developer", "user", "assistant", "tool");

    static ChatInput parse(JsonNode body) {
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!KNOWN.contains(name)) {
                throw ApiError.badRequest("unknown field '" + name + "'");
            }
        }
        String model = text(body, "model").orElseThrow(() -> ApiError.badRequest("'model' is required: the agent's name"));
        if (body.has("n") && body.get("n").asInt(1) != 1) {
            throw ApiError.badRequest("'n' must be 1: an agent gives one answer per turn");
        }
        JsonNode tools = body.path("tools");
        if (tools.isArray() && !tools.isEmpty()) {
            throw ApiError.badRequest("'tools' is not supported: the agent runs its own tools");
        }
        JsonNode stream = body.path("stream");
        if (!stream.isMissingNode() && !stream.isNull() && !stream.isBoolean()) {
            throw ApiError.badRequest("'stream' must be true or false");
        }
        return new ChatInput(model, newUserText(body.path("messages")), stream.asBoolean(false), text(body, "user"));
    }

    /** The text of the user messages after the last assistant or tool message, joined; they are the new turn. */
    static String newUserText(JsonNode messages) {
        if (!messages.isArray() || messages.isEmpty()) {
            throw ApiError.badRequest("'messages' must be a non-empty array");
        }
        List<String> trailing = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            JsonNode message = messages.get(i);
            String role = message.path("role").asText("");
            if (!ROLES.contains(role)) {
                throw ApiError.badRequest("messages[" + i + "].role must be one of " + ROLES + ", was '" + role + "'");
            }
            if (role.equals("assistant") || role.equals("tool")) {
                trailing.clear();
            } else if (role.equals("user")) {
                trailing.add(content(message, i));
            }
        }
        if (trailing.isEmpty()) {
            throw ApiError.badRequest("the last message must be from the user: nothing new to answer");
        }
        return String.join("\n\n", trailing);
    }

    private static String content(JsonNode message, int index) {
        JsonNode content = message.path("content");
        if (content.isTextual()) {
            return nonBlank(content.asText(), index);
        }
        if (content.isArray()) {
            StringBuilder text = new StringBuilder();
            for (JsonNode part : content) {
                if (!part.path("type").asText("").equals("text") || !part.path("text").isTextual()) {
                    throw ApiError.badRequest("messages[" + index + "].content: only text parts are supported");
                }
                text.append(text.length() == 0 ? "" : "\n").append(part.get("text").asText());
            }
            return nonBlank(text.toString(), index);
        }
        throw ApiError.badRequest("messages[" + index + "].content must be a string or an array of text parts");
    }

    private static String nonBlank(String text, int index) {
        if (text.isBlank()) {
            throw ApiError.badRequest("messages[" + index + "].content is blank");
        }
        return text;
    }

    private static Optional<String> text(JsonNode body, String field) {
        JsonNode node = body.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw ApiError.badRequest("'" + field + "' must be a string");
        }
        return Optional.of(node.asText());
    }
}
