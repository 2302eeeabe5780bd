package dev.praxis.examples;

import dev.langchain4j.data.message.ChatMessage;
import dev.praxis.memory.store.ConversationStore;
import dev.praxis.memory.store.SessionBusyException;
import dev.praxis.memory.store.SessionLease;
import dev.praxis.memory.store.StoredConversation;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The command line's session store: another store, plus one line on standard error when a turn has to wait for
 * its session (another {@code praxis} process is running a turn on it), so the user sees why no answer comes yet.
 */
final class WaitAnnouncingStore implements ConversationStore {

    private final ConversationStore delegate;
    private final PrintWriter err;

    WaitAnnouncingStore(ConversationStore delegate, PrintWriter err) {
        this.delegate = delegate;
        this.err = err;
    }

    @Override
    public SessionLease lease(String sessionId, Duration maxWait) {
        try {
            return delegate.lease(sessionId, Duration.ZERO);
        } catch (SessionBusyException busy) {
            if (maxWait.isZero()) {
                throw busy;
            }
            err.printf("waiting up to %d s for session '%s': another turn (another praxis process?) is using it%n",
                    (maxWait.toMillis() + 999) / 1000, sessionId);
            err.flush();
            return delegate.lease(sessionId, maxWait);
        }
    }

    @Override
    public StoredConversation load(String sessionId) {
        return delegate.load(sessionId);
    }

    @Override
    public long append(String sessionId, long expectedVersion, List<ChatMessage> messages) {
        return delegate.append(sessionId, expectedVersion, messages);
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
