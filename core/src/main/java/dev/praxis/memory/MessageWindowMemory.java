package dev.praxis.memory;

import dev.langchain4j.data.message.ChatMessage;
import dev.praxis.memory.store.InMemoryConversationStore;

import java.util.List;
import java.util.function.Supplier;

/**
 * In-memory history that returns the last {@code maxMessages} messages of each session, cutting only at a
 * message that starts a turn so a tool call never loses its results. Gone when the process exits; for durable
 * history use {@link StoredConversationMemory} with a file or JDBC store.
 */
public final class MessageWindowMemory implements ConversationMemory {

    private final int maxMessages;
    private final InMemoryConversationStore store = new InMemoryConversationStore();
    private final StoredConversationMemory delegate;

    /**
     * A memory keeping the latest {@code maxMessages} messages of each session in this process.
     *
     * @param maxMessages the window size
     */
    public MessageWindowMemory(int maxMessages) {
        if (maxMessages < 1) {
            throw new IllegalArgumentException("maxMessages must be >= 1, got " + maxMessages);
        }
        this.maxMessages = maxMessages;
        this.delegate = StoredConversationMemory.of(store, HistoryPolicy.lastMessages(maxMessages));
    }

    @Override
    public List<ChatMessage> history(String sessionId) {
        return delegate.history(sessionId);
    }

    /**
     * Appends, and once a session holds more than twice its window, drops what the window can no longer
     * return, so a long-lived process does not keep every message of every session.
     */
    @Override
    public void append(String sessionId, List<ChatMessage> messages) {
        if (delegate.appendReturningVersion(sessionId, messages) > 2L * maxMessages) {
            delegate.inSession(sessionId, () -> {
                List<ChatMessage> window = delegate.history(sessionId);
                java.util.Map<String, String> state = store.state(sessionId);
                store.delete(sessionId);
                store.append(sessionId, 0, window);
                state.forEach((key, json) -> store.putState(sessionId, key, json));
                return null;
            });
        }
    }

    @Override
    public <T> T inSession(String sessionId, Supplier<T> turn) {
        return delegate.inSession(sessionId, turn);
    }

    @Override
    public void clear(String sessionId) {
        delegate.clear(sessionId);
    }

    @Override
    public SessionState state(String sessionId) {
        return delegate.state(sessionId);
    }

    /** How many messages the session still holds, the window and what has not yet been dropped. */
    int transcriptSize(String sessionId) {
        return (int) store.version(sessionId);
    }
}
