package dev.praxis.memory.store;

import dev.langchain4j.data.message.ChatMessage;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Durable home of each session's messages and small state, the SPI behind
 * {@link dev.praxis.memory.StoredConversationMemory}. A session's messages form an append-only log whose
 * <em>version</em> is the number of messages in it; every append names the version it extends, so two writers
 * that read the same history cannot both append (the second gets a {@link VersionConflictException}).
 *
 * <pre>{@code
 * StoredConversation c = store.load("s-42");            // version 0 for an unknown session
 * long v = store.append("s-42", c.version(), turnMessages);
 * store.putState("s-42", "cart_id", "\"c-9\"");         // JSON text
 * }</pre>
 *
 * Implementations are thread-safe. Session ids are non-blank strings of at most 255 characters.
 *
 * <p><b>Sessions shared by processes.</b> A turn holds its session's {@link #lease} from before it reads the
 * history until after it appends. A store that several processes can write (a shared database) must make the lease
 * exclusive across those processes; then the version check never fires for a writer that follows the contract, and
 * a {@link VersionConflictException} inside a lease means someone wrote without one.
 */
public interface ConversationStore {

    /**
     * The session's messages (oldest first), version and state; an empty conversation at version 0 if unknown.
     *
     * @param sessionId the session
     * @return the conversation
     */
    StoredConversation load(String sessionId);

    /**
     * Appends {@code messages} atomically (all or none) if the session is still at {@code expectedVersion}, and
     * returns the new version ({@code expectedVersion + messages.size()}). Returns only once the messages are
     * durable for the store's medium.
     *
     * @param sessionId the session
     * @param expectedVersion the version read before the turn
     * @param messages the messages to append
     * @return the new version
     * @throws VersionConflictException if another writer appended since {@code expectedVersion} was read
     */
    long append(String sessionId, long expectedVersion, List<ChatMessage> messages);

    /**
     * Takes exclusive use of the session for one turn, waiting at most {@code maxWait} while another holder has it.
     * The default suits a store whose sessions only one process writes: it holds nothing and relies on the
     * memory's in-process lock. Stores shared by processes override it.
     *
     * @param sessionId the session
     * @param maxWait how long to wait for another holder
     * @return the lease; close it to release the session
     * @throws SessionBusyException if the session stayed held for {@code maxWait}; nothing was taken
     */
    default SessionLease lease(String sessionId, Duration maxWait) {
        SessionIds.check(sessionId);
        if (maxWait.isNegative()) {
            throw new IllegalArgumentException("maxWait must be >= 0, got " + maxWait);
        }
        return SessionLease.inProcess();
    }

    /**
     * The session's current version (its message count), without loading the messages.
     *
     * @param sessionId the session
     * @return the version
     */
    default long version(String sessionId) {
        return load(sessionId).version();
    }

    /**
     * The session's state entries (key to JSON text), without loading the messages.
     *
     * @param sessionId the session
     * @return the state entries
     */
    default Map<String, String> state(String sessionId) {
        return load(sessionId).state();
    }

    /**
     * Sets one state entry to a JSON value (last writer wins per key).
     *
     * @param sessionId the session
     * @param key the entry's key
     * @param json the value's JSON text
     */
    void putState(String sessionId, String key, String json);

    /**
     * Removes one state entry; does nothing if absent.
     *
     * @param sessionId the session
     * @param key the entry's key
     */
    void removeState(String sessionId, String key);

    /**
     * Deletes the session's messages and state; its version returns to 0.
     *
     * @param sessionId the session
     */
    void delete(String sessionId);

    /**
     * Ids of the sessions that hold messages or state, in no particular order.
     *
     * @return the session ids
     */
    List<String> sessions();
}
