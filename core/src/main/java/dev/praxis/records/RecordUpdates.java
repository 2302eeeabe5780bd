package dev.praxis.records;

import dev.praxis.internal.json.SharedJson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.json.PraxisJson;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The read-modify-compare-and-set loop behind {@link RecordStore#update}. Stores run it while holding the record's
 * lock (in-process, plus the file lock or the row lock), so that writers rarely conflict; a conflict that still
 * happens (another process creating the same record) is retried after a short random pause, so that two writers do
 * not collide again in step.
 */
final class RecordUpdates {

    static final int ATTEMPTS = 10;

    private RecordUpdates() {
    }

    /** Read and compare-and-set access to one store, without taking its locks (the caller holds them). */
    interface Access {
        Optional<StoredRecord> read(String kind, String id);

        StoredRecord write(String kind, String id, JsonNode doc, long expectedVersion);
    }

    static <T> T apply(Access access, String kind, String id, Class<T> type, Supplier<? extends T> initial,
                       UnaryOperator<T> change) {
        return retrying(() -> once(access, kind, id, type, initial, change));
    }

    /** Runs {@code attempt} until it does not conflict, at most {@link #ATTEMPTS} times. */
    static <T> T retrying(Supplier<T> attempt) {
        for (int n = 1; ; n++) {
            try {
                return attempt.get();
            } catch (RecordConflictException e) {
                if (n == ATTEMPTS) {
                    throw e;
                }
                pause(n);
            }
        }
    }

    /** One read, change and compare-and-set; a conflict propagates. */
    static <T> T once(Access access, String kind, String id, Class<T> type, Supplier<? extends T> initial,
                      UnaryOperator<T> change) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(change, "change");
        Optional<StoredRecord> current = access.read(kind, id);
        T value = current.isPresent() ? read(current.get(), type) : Objects.requireNonNull(initial.get(), "initial value");
        T changed = Objects.requireNonNull(change.apply(value), "the change returned null");
        access.write(kind, id, PraxisJson.tree(changed), current.map(StoredRecord::version).orElse(0L));
        return changed;
    }

    private static <T> T read(StoredRecord record, Class<T> type) {
        try {
            return SharedJson.mapper().treeToValue(record.doc(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException(record.kind() + " '" + record.id() + "' at version " + record.version()
                    + " cannot be read as a " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** Up to 2^attempt milliseconds, at random: another process is writing the same record. */
    private static void pause(int attempt) {
        long maxNanos = (1L << Math.min(attempt, 6)) * 1_000_000L;
        LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(maxNanos));
    }
}
