package dev.praxis.records;

import dev.praxis.PraxisException;

/**
 * A compare-and-set write found another version than the writer expected; nothing was written. Retriable: read
 * the record again, reapply the change and write with the version just read ({@link RecordStore#update} does
 * exactly that).
 */
public final class RecordConflictException extends PraxisException {

    /** The kind of the record. */
    private final String kind;
    /** The id of the record. */
    private final String id;
    /** The version the writer had read. */
    private final long expectedVersion;
    /** The version found. */
    private final long actualVersion;

    /**
     * A conflict on {@code kind}/{@code id}; a version of 0 means "no such record".
     *
     * @param kind the record's kind
     * @param id the record's id
     * @param expectedVersion the version the writer had read
     * @param actualVersion the version found
     */
    public RecordConflictException(String kind, String id, long expectedVersion, long actualVersion) {
        super(kind + " '" + id + "' is " + describe(actualVersion) + ", but the write expected "
                + describe(expectedVersion) + ": another writer changed it first; nothing was written", true, null);
        this.kind = kind;
        this.id = id;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    private static String describe(long version) {
        return version == 0 ? "absent (version 0)" : "at version " + version;
    }

    /**
     * The kind of the record written.
     *
     * @return the kind
     */
    public String kind() {
        return kind;
    }

    /**
     * The id of the record written.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * The version the writer had read; 0 when it expected no record.
     *
     * @return the expected version
     */
    public long expectedVersion() {
        return expectedVersion;
    }

    /**
     * The version found in the store; 0 when there was no record.
     *
     * @return the actual version
     */
    public long actualVersion() {
        return actualVersion;
    }
}
