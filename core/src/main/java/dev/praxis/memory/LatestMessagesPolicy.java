package dev.praxis.memory;

import dev.langchain4j.data.message.ChatMessage;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The policies that keep the latest messages within a budget ({@link HistoryPolicy#lastMessages},
 * {@link HistoryPolicy#lastTokens}). They look only at the end of the log, so {@link StoredConversationMemory}
 * applies them before it repairs dangling tool calls and then repairs only the window, instead of walking every
 * stored message on every turn.
 */
record LatestMessagesPolicy(ToIntFunction<ChatMessage> cost, long budget) implements HistoryPolicy {

    @Override
    public List<ChatMessage> select(List<ChatMessage> messages, SessionState state) {
        return messages.subList(Turns.windowStart(messages, cost, budget), messages.size());
    }
}
