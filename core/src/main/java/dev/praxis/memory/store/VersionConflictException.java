package dev.praxis.memory.store;

import dev.praxis.PraxisException;

/**
 * Another writer appended to the session after this writer read it; nothing was written. Retriable: reload the
 * history and run the turn again.
 */
public final class VersionConflictException extends PraxisException {

    /** The session written to. */
    private final String sessionId;
    /** The version the writer had read. */
    private final long expectedVersion;
    /** The version found, or -1. */
    private final long actualVersion;

    /**
     * A conflict on {@code sessionId}; {@code actualVersion} is -1 when the store cannot tell it cheaply.
     *
     * @param sessionId the session
     * @param expectedVersion the version the writer had read
     * @param actualVersion the version found, or -1
     */
    public VersionConflictException(String sessionId, long expectedVersion, long actualVersion) {
        super("session '" + sessionId + "' is " + (actualVersion < 0 ? "no longer" : "at version " + actualVersion
                + ", not") + " at the expected version " + expectedVersion + ": another writer appended first",
                true, null);
        this.sessionId = sessionId;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    /**
     * The session written to.
     *
     * @return the session id
     */
    public String sessionId() {
        return sessionId;
    }

    /**
     * The version the writer had read.
     *
     * @return the expected version
     */
    public long expectedVersion() {
        return expectedVersion;
    }

    /**
     * The version found in the store, or -1 when the store could not tell.
     *
     * @return the actual version, or -1
     */
    public long actualVersion() {
        return actualVersion;
    }
}
