package dev.praxis.records;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.Objects;

/**
 * One record as read from or written to a {@link RecordStore}.
 *
 * @param kind      what the record is ({@code cart}, {@code order})
 * @param id        which one within its kind ({@code C1})
 * @param version   1 when created, one more at every write; pass it back to {@link RecordStore#put} or
 *                  {@link RecordStore#delete} to write only if nobody wrote in between
 * @param doc       the JSON document: a copy, so changing it changes nothing stored
 * @param updatedAt when the version was written, to the millisecond, by the store's clock
 */
public record StoredRecord(String kind, String id, long version, ObjectNode doc, Instant updatedAt) {

    /**
     * Checks that no component is missing and the version is positive.
     *
     * @param kind what the record is ({@code cart}, {@code order})
     * @param id which one within its kind ({@code C1})
     * @param version 1 when created, one more at every write; pass it back to {@link RecordStore#put} or
     * @param doc the JSON document: a copy, so changing it changes nothing stored
     * @param updatedAt when the version was written, to the millisecond, by the store's clock
     */
    public StoredRecord {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (version < 1) {
            throw new IllegalArgumentException("version of a stored record must be >= 1, got " + version);
        }
    }
}
