package dev.praxis.ecommerce.approval;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Remembers the result of each request by idempotency key, with ACP semantics: the same key with the same
 * request body replays the first result; the same key with a different body is a conflict. Keys are scoped
 * by owner (the shopper's session). Only successful results are remembered, so a failed request can be
 * retried with the same key. Thread-safe: concurrent requests with one key run once.
 *
 * @param <T> the result type
 */
public final class IdempotencyLedger<T> {

    /** A result and whether it was replayed from an earlier request. */
    public record Outcome<T>(T value, boolean replayed) {
    }

    private record Entry<T>(String fingerprint, T value) {
    }

    private final Map<String, Entry<T>> entries = new ConcurrentHashMap<>();

    /**
     * Runs {@code action} once per (owner, key); later calls with the same fingerprint get its result back.
     *
     * @throws ApprovalException when the key is blank or was used with a different fingerprint
     */
    public Outcome<T> run(String owner, String key, String fingerprint, Supplier<T> action) {
        if (key == null || key.isBlank()) {
            throw new ApprovalException("idempotency_key is required: a fresh unique string per intended action, "
                    + "reused only when retrying that same action");
        }
        Objects.requireNonNull(fingerprint, "fingerprint");
        String scoped = owner + "\u0000" + key;
        synchronized (entries) {
            Entry<T> existing = entries.get(scoped);
            if (existing != null) {
                if (!existing.fingerprint().equals(fingerprint)) {
                    throw new ApprovalException("idempotency_conflict: idempotency_key '" + key + "' was already used "
                            + "for a different request; use a new key for a new action");
                }
                return new Outcome<>(existing.value(), true);
            }
            T value = action.get();
            entries.put(scoped, new Entry<>(fingerprint, value));
            return new Outcome<>(value, false);
        }
    }

    /** The result stored for (owner, key), if any. */
    public Optional<T> find(String owner, String key) {
        return Optional.ofNullable(entries.get(owner + "\u0000" + key)).map(Entry::value);
    }
}
