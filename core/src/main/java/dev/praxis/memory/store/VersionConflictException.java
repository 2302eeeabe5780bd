package dev.praxis.memory.store;

import dev.praxis.PraxisException;

/**
 * Another writer appended to the session after this writer read it; nothing was written. Retriable: reload the
 * history and run the turn again.
 */
public final class VersionConflictException extends PraxisException {

    private final String sessionId;
    private final long expectedVersion;
    private final long actualVersion;

    /** A conflict on {@code sessionId}; {@code actualVersion} is -1 when the store cannot tell it cheaply. */
    public VersionConflictException(String sessionId, long expectedVersion, long actualVersion) {
        super("session '" + sessionId + "' is " + (actualVersion < 0 ? "no longer" : "at version " + actualVersion
                + ", not") + " at the expected version " + expectedVersion + ": another writer appended first",
                true, null);
        this.sessionId = sessionId;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    /** The session written to. */
    public String sessionId() {
        return sessionId;
    }

    /** The version the writer had read. */
    public long expectedVersion() {
        return expectedVersion;
    }

    /** The version found in the store, or -1 when the store could not tell. */
    public long actualVersion() {
        return actualVersion;
    }
}
