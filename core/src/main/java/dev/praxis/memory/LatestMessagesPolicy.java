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

    /** The cost of {@link HistoryPolicy#lastMessages}: every message counts one. */
    static final ToIntFunction<ChatMessage> ONE_EACH = message -> 1;

    @Override
    public List<ChatMessage> select(List<ChatMessage> messages, SessionState state) {
        int start = cost == ONE_EACH ? Turns.windowStartByCount(messages, budget)
                : Turns.windowStart(messages, cost, budget);
        return messages.subList(start, messages.size());
    }
}
