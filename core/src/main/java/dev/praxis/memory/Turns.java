package dev.praxis.memory;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Where a history may be cut. An assistant message that requests tools and the tool results that follow it are
 * one unit: a window starting at a tool result would orphan it, and OpenAI-compatible servers reject a tool
 * message without its preceding tool call. Among the allowed cuts, one at a user message (a whole turn) is
 * preferred.
 */
final class Turns {

    private Turns() {
    }

    /**
     * The start of the longest suffix of {@code messages} whose cost fits {@code budget}, moved forward to the
     * next user message when there is one in the suffix, so the window holds whole turns. When not even the
     * last unit fits, the last unit is kept anyway (the model needs the latest exchange).
     */
    static int windowStart(List<ChatMessage> messages, ToIntFunction<ChatMessage> cost, long budget) {
        int size = messages.size();
        long spent = 0;
        int start = size;
        for (int i = size - 1; i >= 0; i--) {
            spent += cost.applyAsInt(messages.get(i));
            if (spent > budget) {
                break;
            }
            if (canStartAt(messages, i)) {
                start = i;
            }
        }
        if (start == size) {
            return lastUnitStart(messages);
        }
        for (int i = start; i < size; i++) {
            if (messages.get(i) instanceof UserMessage) {
                return i;
            }
        }
        return start;
    }

    /** True unless index {@code i} is a tool result (which must stay with the call before it). */
    static boolean canStartAt(List<ChatMessage> messages, int i) {
        return !(messages.get(i) instanceof ToolExecutionResultMessage);
    }

    private static int lastUnitStart(List<ChatMessage> messages) {
        int i = messages.size() - 1;
        while (i > 0 && !canStartAt(messages, i)) {
            i--;
        }
        return Math.max(i, 0);
    }

    /** Whether {@code message} is an assistant message that asks for tools. */
    static boolean requestsTools(ChatMessage message) {
        return message instanceof AiMessage ai && ai.hasToolExecutionRequests();
    }
}
