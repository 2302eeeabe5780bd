package dev.praxis.memory;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.praxis.memory.store.ConversationStore;
import dev.praxis.memory.store.MessageSnapshot;
import dev.praxis.memory.store.StoredConversation;
import dev.praxis.memory.store.VersionConflictException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * {@link ConversationMemory} over any {@link ConversationStore} with a {@link HistoryPolicy}: the store keeps
 * every message, the policy decides what goes back into the prompt.
 *
 * <pre>{@code
 * FileConversationStore store = FileConversationStore.open(Path.of("data/conversations"));
 * ConversationMemory memory = StoredConversationMemory.of(store, HistoryPolicy.lastTokens(6_000, TokenEstimator.approximate()));
 * memory.inSession(id, () -> {
 *     List<ChatMessage> history = memory.history(id);
 *     ... run the turn ...
 *     memory.append(id, turnMessages);   // fails with VersionConflictException if another process appended
 *     return null;
 * });
 * }</pre>
 *
 * Turns on one session are serialised within this process by {@link #inSession}; across processes sharing a
 * database, the version read by {@link #history} inside a turn is checked when the turn appends, so a concurrent
 * turn elsewhere makes this one fail (retriable) instead of silently interleaving. Outside a turn, {@link #append}
 * simply adds to the end. The latest system message stored in the session, if any, is always kept, first. A
 * tool call stored without its result (a turn that died half-way) is left out of the history, since servers
 * reject it; the transcript keeps it.
 */
public final class StoredConversationMemory implements ConversationMemory {

    private static final int BLIND_APPEND_ATTEMPTS = 5;

    private final ConversationStore store;
    private final HistoryPolicy policy;
    private final SessionLocks locks = new SessionLocks();

    private StoredConversationMemory(ConversationStore store, HistoryPolicy policy) {
        this.store = Objects.requireNonNull(store, "store");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** A memory keeping its messages in {@code store} and selecting the prompt's history with {@code policy}. */
    public static StoredConversationMemory of(ConversationStore store, HistoryPolicy policy) {
        return new StoredConversationMemory(store, policy);
    }

    @Override
    public List<ChatMessage> history(String sessionId) {
        StoredConversation conversation = store.load(sessionId);
        locks.observed(sessionId, conversation.version());
        List<ChatMessage> all = conversation.messages();
        SystemMessage system = null;
        int systemCount = 0;
        for (ChatMessage message : all) {
            if (message instanceof SystemMessage s) {
                system = s;
                systemCount++;
            }
        }
        List<ChatMessage> rest = all;
        if (system != null) {
            List<ChatMessage> withoutSystem = new ArrayList<>(all.size() - systemCount);
            for (ChatMessage message : all) {
                if (!(message instanceof SystemMessage)) {
                    withoutSystem.add(message);
                }
            }
            rest = withoutSystem;
        }
        List<ChatMessage> selected;
        if (policy instanceof LatestMessagesPolicy latest) {
            // A window starts at a turn, so repairing only the window is enough, and costs the window, not the log.
            selected = Turns.withoutDanglingToolCalls(latest.select(rest, null));
        } else {
            List<ChatMessage> paired = Turns.withoutDanglingToolCalls(rest);
            // The stored list is immutable already; only a list built here needs wrapping before a policy sees it.
            selected = policy.select(paired == all ? all : Collections.unmodifiableList(paired), state(sessionId));
        }
        if (system == null) {
            return selected instanceof MessageSnapshot ? selected : List.copyOf(selected);
        }
        List<ChatMessage> withSystem = new ArrayList<>(selected.size() + 1);
        withSystem.add(system);
        withSystem.addAll(selected);
        return List.copyOf(withSystem);
    }

    /**
     * Appends one finished turn. Inside {@link #inSession} after {@link #history}, the append succeeds only if
     * nobody else appended since that read.
     *
     * @throws VersionConflictException (retriable) when another writer appended to the session first
     */
    @Override
    public void append(String sessionId, List<ChatMessage> messages) {
        appendReturningVersion(sessionId, messages);
    }

    /** {@link #append}, returning the session's version (its message count) after the append. */
    long appendReturningVersion(String sessionId, List<ChatMessage> messages) {
        List<ChatMessage> batch = List.copyOf(messages);
        long observed = locks.observedVersion(sessionId);
        if (observed >= 0) {
            long version = store.append(sessionId, observed, batch);
            locks.observed(sessionId, version);
            return version;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                long version = store.append(sessionId, store.version(sessionId), batch);
                locks.observed(sessionId, version);
                return version;
            } catch (VersionConflictException e) {
                if (attempt == BLIND_APPEND_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    @Override
    public <T> T inSession(String sessionId, Supplier<T> turn) {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(turn, "turn");
        return locks.withLock(sessionId, turn);
    }

    @Override
    public void clear(String sessionId) {
        store.delete(sessionId);
        locks.observed(sessionId, 0);
    }

    @Override
    public SessionState state(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        return new SessionState(store, sessionId);
    }

    /** Every message of the session as stored, oldest first, untrimmed (for audit and export). */
    public List<ChatMessage> transcript(String sessionId) {
        return store.load(sessionId).messages();
    }
}
