package dev.praxis.examples;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.records.RecordStore;
import dev.praxis.records.StoredRecord;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A record store that opens the real one on first use, so that commands which never touch a cart or an order
 * ({@code agents}, {@code tools list}) leave the data directory alone.
 */
final class LazyRecordStore implements RecordStore {

    private final Supplier<? extends RecordStore> store;

    LazyRecordStore(Supplier<? extends RecordStore> store) {
        this.store = store;
    }

    @Override
    public Optional<StoredRecord> get(String kind, String id) {
        return store.get().get(kind, id);
    }

    @Override
    public StoredRecord put(String kind, String id, JsonNode doc, long expectedVersion) {
        return store.get().put(kind, id, doc, expectedVersion);
    }

    @Override
    public List<StoredRecord> list(String kind, String afterId, int limit) {
        return store.get().list(kind, afterId, limit);
    }

    @Override
    public boolean delete(String kind, String id, long expectedVersion) {
        return store.get().delete(kind, id, expectedVersion);
    }

    @Override
    public <T> T update(String kind, String id, Class<T> type, Supplier<? extends T> initial, UnaryOperator<T> change) {
        return store.get().update(kind, id, type, initial, change);
    }
}
