package dev.praxis.memory.store;

import dev.praxis.internal.memory.SlotFacts;

import dev.praxis.internal.memory.MessageSnapshot;

import dev.langchain4j.data.message.ChatMessage;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link ConversationStore} in the heap: fast, shared by the threads of one process, gone when it exits. Use it
 * in tests and demos; use {@link FileConversationStore} or {@link JdbcConversationStore} for real users.
 */
public final class InMemoryConversationStore implements ConversationStore {

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    @Override
    public StoredConversation load(String sessionId) {
        Session session = sessions.get(SessionIds.check(sessionId));
        if (session == null) {
            return StoredConversation.empty();
        }
        synchronized (session) {
            return new StoredConversation(session.snapshot(), session.size, session.state);
        }
    }

    @Override
    public long append(String sessionId, long expectedVersion, List<ChatMessage> messages) {
        SessionIds.checkVersion(expectedVersion);
        List<ChatMessage> batch = List.copyOf(messages);
        Session live = sessions.get(SessionIds.check(sessionId));
        if (live != null) {
            // Fast path for an existing session; a deleted one is marked, and the slow path starts a new one.
            synchronized (live) {
                if (!live.deleted) {
                    return live.append(sessionId, expectedVersion, batch);
                }
            }
        }
        long[] version = new long[1];
        // compute() so a concurrent delete cannot leave this append in a detached session object
        sessions.compute(SessionIds.check(sessionId), (id, existing) -> {
            Session session = existing == null ? new Session() : existing;
            synchronized (session) {
                version[0] = session.append(sessionId, expectedVersion, batch);
            }
            return session;
        });
        return version[0];
    }

    @Override
    public long version(String sessionId) {
        Session session = sessions.get(SessionIds.check(sessionId));
        if (session == null) {
            return 0;
        }
        synchronized (session) {
            return session.size;
        }
    }

    @Override
    public Map<String, String> state(String sessionId) {
        Session session = sessions.get(SessionIds.check(sessionId));
        if (session == null) {
            return Map.of();
        }
        synchronized (session) {
            return Map.copyOf(session.state);
        }
    }

    @Override
    public void putState(String sessionId, String key, String json) {
        SessionIds.checkKey(key);
        Objects.requireNonNull(json, "json");
        sessions.compute(SessionIds.check(sessionId), (id, existing) -> {
            Session session = existing == null ? new Session() : existing;
            synchronized (session) {
                session.state.put(key, json);
            }
            return session;
        });
    }

    @Override
    public void removeState(String sessionId, String key) {
        SessionIds.checkKey(key);
        Session session = sessions.get(SessionIds.check(sessionId));
        if (session != null) {
            synchronized (session) {
                session.state.remove(key);
            }
        }
    }

    @Override
    public void delete(String sessionId) {
        Session removed = sessions.remove(SessionIds.check(sessionId));
        if (removed != null) {
            synchronized (removed) {
                removed.deleted = true;
            }
        }
    }

    @Override
    public List<String> sessions() {
        return List.copyOf(sessions.keySet());
    }

    /**
     * One session's messages in an append-only array (slots below {@code size} are never written again, so
     * loads share it through {@link MessageSnapshot}s) and its state. Guarded by its own monitor.
     */
    private static final class Session {
        ChatMessage[] messages = new ChatMessage[16];
        int size;
        final SlotFacts facts = new SlotFacts();
        boolean deleted;
        final Map<String, String> state = new HashMap<>(2);

        long append(String sessionId, long expectedVersion, List<ChatMessage> batch) {
            if (size != expectedVersion) {
                throw new VersionConflictException(sessionId, expectedVersion, size);
            }
            addAll(batch);
            return size;
        }

        void addAll(List<ChatMessage> batch) {
            if (size + batch.size() > messages.length) {
                messages = Arrays.copyOf(messages, Math.max(messages.length * 2, size + batch.size()));
            }
            for (ChatMessage message : batch) {
                messages[size++] = message;
            }
        }

        List<ChatMessage> snapshot() {
            return size == 0 ? List.of() : new MessageSnapshot(messages, 0, size, facts);
        }
    }
}
