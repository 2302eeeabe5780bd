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

    private final StoredConversationMemory delegate;

    public MessageWindowMemory(int maxMessages) {
        if (maxMessages < 1) {
            throw new IllegalArgumentException("maxMessages must be >= 1, got " + maxMessages);
        }
        this.delegate = StoredConversationMemory.of(new InMemoryConversationStore(),
                HistoryPolicy.lastMessages(maxMessages));
    }

    @Override
    public List<ChatMessage> history(String sessionId) {
        return delegate.history(sessionId);
    }

    @Override
    public void append(String sessionId, List<ChatMessage> messages) {
        delegate.append(sessionId, messages);
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
}
