package dev.praxis.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A {@link RecordStore} in this process's memory, for tests and single-process demos: everything is lost when the
 * process ends. Documents are kept as parsed copies of their JSON text, so what callers do with their nodes
 * afterwards changes nothing stored.
 */
public final class InMemoryRecordStore implements RecordStore {

    /** A record's slot: a document, or a deleted record's last version (json null) so versions keep growing. */
    private record Slot(long version, String json, Instant updatedAt) {
    }

    private final Map<String, ConcurrentSkipListMap<String, Slot>> kinds = new ConcurrentHashMap<>();
    private final RecordLocks locks = new RecordLocks();
    private final Clock clock;

    private InMemoryRecordStore(Clock clock) {
        this.clock = clock;
    }

    /**
     * An empty store using the system clock.
     *
     * @return the store
     */
    public static InMemoryRecordStore create() {
        return create(Clock.systemUTC());
    }

    /**
     * An empty store stamping writes with {@code clock}.
     *
     * @param clock stamps writes
     * @return the store
     */
    public static InMemoryRecordStore create(Clock clock) {
        return new InMemoryRecordStore(Objects.requireNonNull(clock, "clock"));
    }

    @Override
    public Optional<StoredRecord> get(String kind, String id) {
        Slot slot = existing(RecordRules.kind(kind)).get(RecordRules.id(id));
        return slot == null || slot.json() == null ? Optional.empty() : Optional.of(stored(kind, id, slot));
    }

    @Override
    public StoredRecord put(String kind, String id, JsonNode doc, long expectedVersion) {
        RecordRules.kind(kind);
        RecordRules.id(id);
        RecordRules.version(expectedVersion);
        String json = RecordRules.json(kind, id, doc);
        Slot written = records(kind).compute(id, (key, slot) -> {
            long current = live(slot);
            if (current != expectedVersion) {
                throw new RecordConflictException(kind, id, expectedVersion, current);
            }
            return new Slot(slot == null ? 1 : slot.version() + 1, json, RecordRules.now(clock));
        });
        return stored(kind, id, written);
    }

    @Override
    public List<StoredRecord> list(String kind, String afterId, int limit) {
        RecordRules.kind(kind);
        RecordRules.afterId(afterId);
        RecordRules.limit(limit);
        List<StoredRecord> page = new ArrayList<>();
        for (Map.Entry<String, Slot> entry : existing(kind).tailMap(afterId, false).entrySet()) {
            if (entry.getValue().json() != null) {
                page.add(stored(kind, entry.getKey(), entry.getValue()));
                if (page.size() == limit) {
                    break;
                }
            }
        }
        return List.copyOf(page);
    }

    @Override
    public boolean delete(String kind, String id, long expectedVersion) {
        RecordRules.kind(kind);
        RecordRules.id(id);
        RecordRules.version(expectedVersion);
        boolean[] deleted = {false};
        records(kind).computeIfPresent(id, (key, slot) -> {
            long current = live(slot);
            if (current == 0) {
                return slot;
            }
            if (current != expectedVersion) {
                throw new RecordConflictException(kind, id, expectedVersion, current);
            }
            deleted[0] = true;
            return new Slot(slot.version() + 1, null, RecordRules.now(clock));
        });
        return deleted[0];
    }

    @Override
    public <T> T update(String kind, String id, Class<T> type, Supplier<? extends T> initial, UnaryOperator<T> change) {
        RecordRules.kind(kind);
        RecordRules.id(id);
        return locks.with(kind, id, () -> RecordUpdates.apply(new RecordUpdates.Access() {
            @Override
            public Optional<StoredRecord> read(String k, String i) {
                return get(k, i);
            }

            @Override
            public StoredRecord write(String k, String i, JsonNode doc, long expectedVersion) {
                return put(k, i, doc, expectedVersion);
            }
        }, kind, id, type, initial, change));
    }

    private ConcurrentSkipListMap<String, Slot> records(String kind) {
        return kinds.computeIfAbsent(kind, k -> new ConcurrentSkipListMap<>());
    }

    /** The records of {@code kind} for reading, without creating a map for a kind never written. */
    private ConcurrentSkipListMap<String, Slot> existing(String kind) {
        ConcurrentSkipListMap<String, Slot> records = kinds.get(kind);
        return records == null ? new ConcurrentSkipListMap<>() : records;
    }

    /** The version a writer sees: 0 for no record or a deleted one. */
    private static long live(Slot slot) {
        return slot == null || slot.json() == null ? 0 : slot.version();
    }

    private static StoredRecord stored(String kind, String id, Slot slot) {
        ObjectNode doc = RecordRules.parse(slot.json());
        return new StoredRecord(kind, id, slot.version(), doc, slot.updatedAt());
    }
}
