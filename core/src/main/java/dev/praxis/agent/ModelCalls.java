package dev.praxis.agent;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.ChatResponseMetadata;
import dev.praxis.json.PraxisJson;

import java.lang.reflect.Method;

/** Turns a model response into a {@link ModelCallRecord}. */
final class ModelCalls {

    private ModelCalls() {
    }

    static ModelCallRecord record(String agent, ChatResponse response, long durationMs) {
        ChatResponseMetadata metadata = response.metadata();
        int toolCalls = response.aiMessage() == null ? 0 : response.aiMessage().toolExecutionRequests().size();
        return new ModelCallRecord(agent, metadata == null ? null : metadata.modelName(),
                Usage.of(response.tokenUsage()),
                response.finishReason() == null ? null : response.finishReason().name().toLowerCase(java.util.Locale.ROOT),
                toolCalls, durationMs, trace(metadata), null);
    }

    /**
     * The resilience trace, when the model decorator attached one: any metadata type with a public {@code trace()}
     * accessor. Read reflectively so the agent depends on no particular backend.
     */
    private static JsonNode trace(ChatResponseMetadata metadata) {
        if (metadata == null) {
            return null;
        }
        try {
            Method accessor = metadata.getClass().getMethod("trace");
            Object trace = accessor.invoke(metadata);
            return trace == null ? null : PraxisJson.tree(trace);
        } catch (NoSuchMethodException e) {
            return null;
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            return null;
        }
    }
}
