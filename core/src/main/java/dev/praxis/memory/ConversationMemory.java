package dev.praxis.memory;

import dev.langchain4j.data.message.ChatMessage;

import java.util.List;
import java.util.function.Supplier;

/**
 * The conversation history of each session, as the agent uses it. Implementations decide how history is
 * stored (in memory, in files, in a database) and how much of it goes back into the prompt (a window by
 * messages or tokens, a summary), but never separate an assistant tool call from its tool results.
 */
public interface ConversationMemory {

    /**
     * The messages to send before the new user message, oldest first, already trimmed to this memory's
     * window. The agent's own instructions are not part of it.
     *
     * @param sessionId the conversation
     * @return the history
     */
    List<ChatMessage> history(String sessionId);

    /**
     * The history, telling {@code modelCalls} of every model call made to build it (a summary), so the run that
     * asked counts them. The default makes none.
     *
     * @param sessionId the conversation
     * @param modelCalls told of each model call the memory makes
     * @return the history
     */
    default List<ChatMessage> history(String sessionId, ModelCallListener modelCalls) {
        return history(sessionId);
    }

    /**
     * Records the messages of one finished turn (the user message, assistant messages, tool results), in order.
     *
     * @param sessionId the conversation
     * @param messages the turn's messages
     */
    void append(String sessionId, List<ChatMessage> messages);

    /**
     * Runs {@code turn} with exclusive use of the session, from before it reads the {@link #history} until after
     * it {@link #append appends}: two turns on one session never interleave, whether they run in this process or
     * in another instance sharing the same store; turns on different sessions run in parallel. Waiting for a busy
     * session is bounded; past the bound nothing of the turn has run and it fails with a retriable
     * {@link dev.praxis.memory.store.SessionBusyException}.
     *
     * @param <T> the turn's result type
     * @param sessionId the conversation
     * @param turn the turn to run
     * @return what {@code turn} returned
     */
    <T> T inSession(String sessionId, Supplier<T> turn);

    /**
     * Forgets the session's history and state.
     *
     * @param sessionId the conversation
     */
    void clear(String sessionId);

    /**
     * The session's typed state (cart id, account id), stored with the conversation.
     *
     * @param sessionId the conversation
     * @return the state
     * @throws UnsupportedOperationException if this memory keeps no state (the default)
     */
    default SessionState state(String sessionId) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " keeps no session state");
    }
}
