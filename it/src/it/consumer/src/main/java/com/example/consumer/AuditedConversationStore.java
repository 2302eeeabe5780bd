package com.example.consumer;

import dev.langchain4j.data.message.ChatMessage;
import dev.praxis.memory.store.ConversationStore;
import dev.praxis.memory.store.InMemoryConversationStore;
import dev.praxis.memory.store.SessionLease;
import dev.praxis.memory.store.StoredConversation;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** A user's conversation store: Praxis's in-memory store that counts the messages written through it. */
public final class AuditedConversationStore implements ConversationStore {

    private final ConversationStore delegate = new InMemoryConversationStore();
    private final AtomicLong messagesWritten = new AtomicLong();

    /** @return how many messages were appended through this store */
    public long messagesWritten() {
        return messagesWritten.get();
    }

    @Override
    public StoredConversation load(String sessionId) {
        return delegate.load(sessionId);
    }

    @Override
    public long append(String sessionId, long expectedVersion, List<ChatMessage> messages) {
        long version = delegate.append(sessionId, expectedVersion, messages);
        messagesWritten.addAndGet(messages.size());
        return version;
    }

    @Override
    public SessionLease lease(String sessionId, Duration maxWait) {
        return delegate.lease(sessionId, maxWait);
    }

    @Override
    public long version(String sessionId) {
        return delegate.version(sessionId);
    }

    @Override
    public Map<String, String> state(String sessionId) {
        return delegate.state(sessionId);
    }

    @Override
    public void putState(String sessionId, String key, String json) {
        delegate.putState(sessionId, key, json);
    }

    @Override
    public void removeState(String sessionId, String key) {
        delegate.removeState(sessionId, key);
    }

    @Override
    public void delete(String sessionId) {
        delegate.delete(sessionId);
    }

    @Override
    public List<String> sessions() {
        return delegate.sessions();
    }
}
