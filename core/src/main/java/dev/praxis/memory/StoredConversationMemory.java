package dev.praxis.memory;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.praxis.memory.store.ConversationStore;
import dev.praxis.internal.memory.MessageSnapshot;
import dev.praxis.memory.store.SessionBusyException;
import dev.praxis.memory.store.StoredConversation;
import dev.praxis.memory.store.VersionConflictException;

import java.time.Duration;
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
 *     memory.append(id, turnMessages);   // VersionConflictException only if someone wrote without the lease
 *     return null;
 * });
 * }</pre>
 *
 * <p><b>One turn per session at a time, across processes.</b> {@link #inSession} holds the session for the whole
 * turn: an in-process lock, then the store's {@link ConversationStore#lease lease} (on PostgreSQL an advisory lock,
 * so several instances sharing a database take turns). Waiting is bounded ({@value #DEFAULT_WAIT_SECONDS} s by
 * default); past it a {@link SessionBusyException} is thrown before the turn reads or runs anything, so retrying is
 * safe. Inside a turn, {@link #append} still checks that the log is at the version {@link #history} read; with
 * the lease held that can only fail if someone wrote without it, and the turn is then refused, never stored after
 * messages its model did not see. Outside a turn, {@link #append} simply adds to the end.
 *
 * <p>The latest system message stored in the session, if any, is always kept, first. A tool call stored without
 * its result (a turn that died half-way) is left out of the history, since servers reject it; the transcript
 * keeps it.
 */
public final class StoredConversationMemory implements ConversationMemory {

    private static final int BLIND_APPEND_ATTEMPTS = 5;
    private static final long DEFAULT_WAIT_SECONDS = 30;

    private final ConversationStore store;
    private final HistoryPolicy policy;
    private final Duration sessionWait;
    private final SessionLocks locks = new SessionLocks();

    private StoredConversationMemory(ConversationStore store, HistoryPolicy policy, Duration sessionWait) {
        this.store = Objects.requireNonNull(store, "store");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.sessionWait = Objects.requireNonNull(sessionWait, "sessionWait");
        if (sessionWait.isNegative()) {
            throw new IllegalArgumentException("sessionWait must be >= 0, got " + sessionWait);
        }
    }

    /**
     * A memory keeping its messages in {@code store} and selecting the prompt's history with {@code policy}; a turn
     * waits up to {@value #DEFAULT_WAIT_SECONDS} s for a session another turn holds.
     *
     * @param store where the messages are kept
     * @param policy selects the history
     * @return the memory
     */
    public static StoredConversationMemory of(ConversationStore store, HistoryPolicy policy) {
        return of(store, policy, Duration.ofSeconds(DEFAULT_WAIT_SECONDS));
    }

    /**
     * A memory as {@link #of(ConversationStore, HistoryPolicy)} whose turns wait up to {@code sessionWait} for a
     * busy session before failing with {@link SessionBusyException}; e.g. {@code Duration.ofSeconds(5)} for an
     * interactive app that would rather tell the user to retry.
     *
     * @param store where the messages are kept
     * @param policy selects the history
     * @param sessionWait how long a turn waits for a busy session
     * @return the memory
     */
    public static StoredConversationMemory of(ConversationStore store, HistoryPolicy policy, Duration sessionWait) {
        return new StoredConversationMemory(store, policy, sessionWait);
    }

    @Override
    public List<ChatMessage> history(String sessionId) {
        return history(sessionId, ModelCallListener.NONE);
    }

    @Override
    public List<ChatMessage> history(String sessionId, ModelCallListener modelCalls) {
        StoredConversation conversation = store.load(sessionId);
        locks.observed(sessionId, conversation.version());
        List<ChatMessage> all = conversation.messages();
        SystemMessage system = null;
        List<ChatMessage> rest = all;
        // A stored snapshot knows whether it holds any (usually not: agents send their instructions per run).
        if (!(all instanceof MessageSnapshot stored) || stored.systemMessageCount() > 0) {
            int systemCount = 0;
            for (ChatMessage message : all) {
                if (message instanceof SystemMessage s) {
                    system = s;
                    systemCount++;
                }
            }
            if (system != null) {
                List<ChatMessage> withoutSystem = new ArrayList<>(all.size() - systemCount);
                for (ChatMessage message : all) {
                    if (!(message instanceof SystemMessage)) {
                        withoutSystem.add(message);
                    }
                }
                rest = withoutSystem;
            }
        }
        List<ChatMessage> selected;
        if (policy instanceof LatestMessagesPolicy latest) {
            // A window starts at a turn, so repairing only the window is enough, and costs the window, not the log.
            selected = Turns.withoutDanglingToolCalls(latest.select(rest, null));
        } else {
            List<ChatMessage> paired = Turns.withoutDanglingToolCalls(rest);
            // The stored list is immutable already; only a list built here needs wrapping before a policy sees it.
            selected = policy.select(paired == all ? all : Collections.unmodifiableList(paired), state(sessionId), modelCalls);
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
     * nobody else appended since that read; outside a turn it goes to the end of the log.
     *
     * @throws VersionConflictException inside a turn, when another writer appended without holding the session's
     *         lease (nothing was written; the turn must not be stored after messages its model did not see)
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

    /**
     * Runs {@code turn} holding the session in this process and, through the store's lease, in every process
     * sharing the store. Re-entrant for the thread that holds it.
     *
     * @throws SessionBusyException if another turn held the session for longer than this memory waits; {@code turn}
     *         did not run
     */
    @Override
    public <T> T inSession(String sessionId, Supplier<T> turn) {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(turn, "turn");
        return locks.withLock(sessionId, sessionWait, store::lease, turn);
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

    /**
     * Every message of the session as stored, oldest first, untrimmed (for audit and export).
     *
     * @param sessionId the conversation
     * @return the messages
     */
    public List<ChatMessage> transcript(String sessionId) {
        return store.load(sessionId).messages();
    }
}
