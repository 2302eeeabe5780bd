package dev.praxis.memory;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.ChatModel;

import java.util.List;
import java.util.Objects;

/**
 * Decides which part of a session's stored messages goes back into the prompt, so the prompt stays bounded
 * however long the conversation. Policies never separate a tool call from its results and prefer whole turns.
 * System messages are handled by the memory (the latest one is always kept, first), so a policy sees only the
 * rest.
 *
 * <pre>{@code
 * HistoryPolicy.lastMessages(40)
 * HistoryPolicy.lastTokens(6_000, TokenEstimator.approximate())
 * HistoryPolicy.summarizing(chatModel, 40)   // older turns condensed by the model
 * }</pre>
 */
@FunctionalInterface
public interface HistoryPolicy {

    /**
     * The messages to send, oldest first: a suffix of {@code messages}, possibly preceded by synthetic context
     * such as a summary.
     *
     * @param messages the stored messages without system messages, oldest first
     * @param state    the session's state, where a policy may keep its own bookkeeping
     * @return the selected messages
     */
    List<ChatMessage> select(List<ChatMessage> messages, SessionState state);

    /**
     * As {@link #select(List, SessionState)}, telling {@code modelCalls} of every model call the policy makes (a
     * summary), so the run that asked for the history counts its tokens and cost. The default makes none.
     *
     * @param messages the stored messages without system messages, oldest first
     * @param state the session's state
     * @param modelCalls told of each model call the policy makes
     * @return the selected messages
     */
    default List<ChatMessage> select(List<ChatMessage> messages, SessionState state, ModelCallListener modelCalls) {
        return select(messages, state);
    }

    /**
     * Keeps at most about {@code maxMessages} of the latest messages (a tool call with its results may exceed it).
     *
     * @param maxMessages the number of messages to keep
     * @return the policy
     */
    static HistoryPolicy lastMessages(int maxMessages) {
        if (maxMessages < 1) {
            throw new IllegalArgumentException("maxMessages must be >= 1, got " + maxMessages);
        }
        return new LatestMessagesPolicy(LatestMessagesPolicy.ONE_EACH, maxMessages);
    }

    /**
     * Keeps the latest messages whose estimated tokens fit {@code maxTokens}.
     *
     * @param maxTokens the token budget of the history
     * @param estimator estimates each message's tokens
     * @return the policy
     */
    static HistoryPolicy lastTokens(int maxTokens, TokenEstimator estimator) {
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be >= 1, got " + maxTokens);
        }
        Objects.requireNonNull(estimator, "estimator");
        return new LatestMessagesPolicy(estimator::estimate, maxTokens);
    }

    /**
     * Keeps the latest messages verbatim and replaces older ones with a summary written by {@code model}. When
     * more than {@code maxMessages} messages follow the summary, the older half is folded into it (one model
     * call per {@code maxMessages / 2} messages, not per turn). The summary lives in the session state.
     *
     * @param model writes the summary
     * @param maxMessages the most messages kept verbatim after the summary
     * @return the policy
     */
    static HistoryPolicy summarizing(ChatModel model, int maxMessages) {
        return new SummarizingPolicy(model, maxMessages);
    }
}
