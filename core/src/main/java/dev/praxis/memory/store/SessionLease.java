package dev.praxis.memory.store;

/**
 * Exclusive use of one session, held by one turn from before it reads the history until after it appends, so no
 * other writer (thread or process) can slip messages in between what the model saw and what is stored. Taken
 * with {@link ConversationStore#lease}; released with {@link #close()}.
 *
 * <pre>{@code
 * try (SessionLease lease = store.lease("s-42", Duration.ofSeconds(30))) {
 *     StoredConversation c = store.load("s-42");
 *     ... run the turn ...
 *     store.append("s-42", c.version(), turnMessages);
 * }
 * }</pre>
 */
public interface SessionLease extends AutoCloseable {

    /** Releases the session. Never throws: a lease that cannot be released cleanly is dropped with its holder. */
    @Override
    void close();

    /**
     * The lease of a store whose sessions live in one process only (in memory, or an embedded database file one
     * process opens): the memory's in-process lock already gives the turn exclusive use, so this lease holds
     * nothing.
     *
     * @return the lease
     */
    static SessionLease inProcess() {
        return InProcessLease.INSTANCE;
    }
}
