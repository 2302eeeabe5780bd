package dev.praxis.records;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Durable business records: JSON documents addressed by a kind and an id, each with a version for optimistic
 * concurrency. Every write is a compare-and-set on that version, so two writers (threads, or processes sharing a
 * directory or a database) never silently overwrite each other.
 *
 * <pre>{@code
 * RecordStore records = FileRecordStore.open(Path.of("data/records"));
 * records.put("cart", "C1", cartJson, 0);                        // 0: create, fails if C1 exists
 * Cart cart = records.update("cart", "C1", Cart.class, c -> c.add(line));   // read, change, compare-and-set
 * }</pre>
 *
 * <p>Rules every implementation keeps (one contract-test suite checks them all):
 * <ul>
 *   <li>A kind matches {@code [a-z][a-z0-9_]{0,62}}; an id matches {@code [A-Za-z0-9][A-Za-z0-9._-]{0,99}}. Ids
 *       are case-sensitive ({@code C1} and {@code c1} are two records).</li>
 *   <li>A document is a JSON object of at most {@link #MAX_DOCUMENT_BYTES} bytes as compact UTF-8 JSON; numbers are
 *       kept exactly ({@code 10.50} stays {@code 10.50}).</li>
 *   <li>Versions start at 1 and only grow, also across a delete: a record deleted and created again continues
 *       after its last version, so a version read before the delete never matches the new record.</li>
 *   <li>A write returns only once it is durable (fsync'd, or committed).</li>
 *   <li>Records hold business state, never secrets: stores keep them as plain text.</li>
 * </ul>
 */
public interface RecordStore {

    /** The largest document a store accepts: 1 MiB of compact UTF-8 JSON. */
    int MAX_DOCUMENT_BYTES = 1 << 20;

    /** The largest page {@link #list} returns. */
    int MAX_PAGE = 1_000;

    /**
     * The record {@code kind}/{@code id}, or empty if there is none (never created, or deleted).
     *
     * @param kind the record's kind
     * @param id the record's id
     * @return the record, or empty
     * @throws IllegalArgumentException if the kind or the id is malformed
     * @throws dev.praxis.memory.store.StoreException if the store cannot be read or holds a corrupt record
     */
    Optional<StoredRecord> get(String kind, String id);

    /**
     * Writes {@code doc} as the record's next version if the record is at {@code expectedVersion} (0: if there is
     * no such record). Example: {@code put("order", "O7", doc, 0)} creates order O7 at version 1;
     * {@code put("order", "O7", doc2, 1)} then moves it to version 2.
     *
     * @param kind the record's kind
     * @param id the record's id
     * @param doc the new document
     * @param expectedVersion the version read, or 0 to create
     * @return the record as written, at version {@code expectedVersion + 1} (or after the last version of a
     *     deleted record)
     * @throws RecordConflictException if the record is at another version; nothing was written
     * @throws IllegalArgumentException if the kind, the id or the version is malformed, or the document is not a
     *     JSON object or is larger than {@link #MAX_DOCUMENT_BYTES}
     * @throws dev.praxis.memory.store.StoreException if the store cannot be written
     */
    StoredRecord put(String kind, String id, JsonNode doc, long expectedVersion);

    /**
     * Up to {@code limit} records of {@code kind} whose ids sort after {@code afterId} (Java's {@code String}
     * order; {@code ""} for the first page), in that order. The next page starts after the last id of this one.
     *
     * @param kind the records' kind
     * @param afterId the last id of the previous page, or {@code ""}
     * @param limit the most records returned
     * @return the records
     * @throws IllegalArgumentException if {@code limit} is not 1..{@link #MAX_PAGE}
     */
    List<StoredRecord> list(String kind, String afterId, int limit);

    /**
     * Deletes the record if it is at {@code expectedVersion}.
     *
     * @param kind the record's kind
     * @param id the record's id
     * @param expectedVersion the version read
     * @return true if it was deleted, false if there was no such record
     * @throws RecordConflictException if the record is at another version; nothing was deleted
     */
    boolean delete(String kind, String id, long expectedVersion);

    /**
     * Reads the record as a {@code type} (through Praxis' JSON mapper: snake_case properties, exact decimals),
     * applies {@code change} and writes the result with a compare-and-set, creating the record from
     * {@code initial} when there is none. On a conflict with another writer it reads again and reapplies
     * {@code change}, a bounded number of times, so {@code change} must be a pure function of its argument.
     *
     * <pre>{@code
     * Counter total = records.update("counter", "orders", Counter.class, () -> new Counter(0), c -> c.plus(1));
     * }</pre>
     *
     * @param <T> the record's Java type
     * @param kind the record's kind
     * @param id the record's id
     * @param type the record's Java class
     * @param initial creates the record when there is none
     * @param change computes the new value
     * @return the value written
     * @throws RecordConflictException if other writers kept winning past the retry bound
     * @throws IllegalArgumentException if the stored document cannot be read as a {@code type}, or the result is
     *     not a JSON object or is too large
     */
    <T> T update(String kind, String id, Class<T> type, Supplier<? extends T> initial, UnaryOperator<T> change);

    /**
     * Like {@link #update(String, String, Class, Supplier, UnaryOperator)} for a record that must already exist.
     *
     * @param <T> the record's Java type
     * @param kind the record's kind
     * @param id the record's id
     * @param type the record's Java class
     * @param change computes the new value
     * @return the new value
     * @throws NoSuchElementException if there is no such record
     */
    default <T> T update(String kind, String id, Class<T> type, UnaryOperator<T> change) {
        return update(kind, id, type, () -> {
            throw new NoSuchElementException("no " + kind + " '" + id + "' to update: create it first with put(\""
                    + kind + "\", \"" + id + "\", doc, 0) or pass an initial value to update");
        }, change);
    }
}
