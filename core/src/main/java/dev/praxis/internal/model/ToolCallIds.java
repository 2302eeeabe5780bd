package dev.praxis.internal.model;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.response.ChatResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Gives every tool call an id. Ollama's calls reach LangChain4j 1.11 without one, and
 * {@code OpenAiChatModel} writes id-less calls in the legacy {@code function_call} format that most
 * servers reject, so a call must never travel without an id.
 */
public final class ToolCallIds {

    private ToolCallIds() {
    }

    /**
     * A fresh id in OpenAI's style, {@code call_} and 24 hex digits.
     *
     * @return the id
     */
    public static String newId() {
        return "call_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }

    /**
     * {@code response} with ids on all its tool calls (the same instance when all have one).
     *
     * @param response the model's response
     * @return the response with every tool call given an id
     */
    public static ChatResponse ensure(ChatResponse response) {
        AiMessage message = response.aiMessage();
        if (message == null || message.toolExecutionRequests().stream().allMatch(r -> hasId(r))) {
            return response;
        }
        List<ToolExecutionRequest> fixed = new ArrayList<>();
        for (ToolExecutionRequest r : message.toolExecutionRequests()) {
            fixed.add(hasId(r) ? r : r.toBuilder().id(newId()).build());
        }
        return response.toBuilder().aiMessage(AiMessage.builder().text(message.text())
                .thinking(message.thinking()).toolExecutionRequests(fixed).build()).build();
    }

    private static boolean hasId(ToolExecutionRequest request) {
        return request.id() != null && !request.id().isBlank();
    }
}
