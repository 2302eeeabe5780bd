package dev.praxis.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Objects;
import java.util.Optional;

/**
 * At-most-once execution of requests that carry an idempotency key, kept in a {@link RecordStore} (kind
 * {@value #KIND}) so that it survives restarts and is shared by every process on the same store.
 *
 * <pre>{@code
 * IdempotencyLedger ledger = IdempotencyLedger.on(records);
 * IdempotencyClaim claim = ledger.begin(key, requestHash);
 * switch (claim.state()) {
 *     case NEW -> { JsonNode result = placeOrder(request); ledger.complete(key, result); return result; }
 *     case DONE -> { return claim.result().orElseThrow(); }            // a retry: the first result, again
 *     case IN_PROGRESS -> { ... look the order up; complete(key, found) or release(key) if it never happened }
 *     case MISMATCH -> throw new IllegalArgumentException("key reused for another request");
 * }
 * }</pre>
 *
 * <p>The guarantee: {@code begin} answers {@code NEW} to exactly one caller per key, across threads and processes,
 * and only after the claim is durable in the store. So if the process dies at any point after {@code NEW}, before,
 * during or after executing, the key is {@code IN_PROGRESS} afterwards and no caller that follows the states above
 * executes it a second time. What the ledger cannot know is whether the execution happened: a key left
 * {@code IN_PROGRESS} by a crash stays so (there is no expiry that could let a slow first attempt run twice) until
 * someone checks the outside world and calls {@link #complete} (it happened) or {@link #release} (it did not, so it
 * may run again). The request hash is the caller's digest of the request (for example SHA-256 of its canonical
 * JSON), so a key reused for another request is refused instead of answered with the wrong result.
 */
public final class IdempotencyLedger {

    /** The record kind of ledger entries; the idempotency key is the record id. */
    public static final String KIND = "idempotency";

    private static final int MAX_HASH_LENGTH = 200;
    private static final int ATTEMPTS = 5;
    private static final String IN_PROGRESS = "in_progress";
    private static final String DONE = "done";

    private final RecordStore store;

    private IdempotencyLedger(RecordStore store) {
        this.store = store;
    }

    /**
     * A ledger kept in {@code store}.
     *
     * @param store where the claims are kept
     * @return the ledger
     */
    public static IdempotencyLedger on(RecordStore store) {
        return new IdempotencyLedger(Objects.requireNonNull(store, "store"));
    }

    /**
     * Claims {@code key} for the request whose digest is {@code requestHash}, or says why not.
     *
     * @param key the idempotency key
     * @param requestHash the digest of the request
     * @return the claim
     * @throws IllegalArgumentException if the key is not a valid record id or the hash is blank or too long
     */
    public IdempotencyClaim begin(String key, String requestHash) {
        checkKey(key);
        checkHash(requestHash);
        for (int attempt = 1; ; attempt++) {
            Optional<StoredRecord> existing = store.get(KIND, key);
            if (existing.isPresent()) {
                return claimOf(existing.get().doc(), requestHash);
            }
            ObjectNode entry = JsonNodeFactory.instance.objectNode()
                    .put("request_hash", requestHash)
                    .put("state", IN_PROGRESS);
            try {
                store.put(KIND, key, entry, 0);
                return IdempotencyClaim.of(IdempotencyState.NEW);
            } catch (RecordConflictException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                // Another caller claimed it (or released it) in between: read what it wrote.
            }
        }
    }

    /**
     * Records the result of executing the request claimed under {@code key}; later {@link #begin}s answer
     * {@code DONE} with it. Completing again with an equal result changes nothing.
     *
     * @param key the idempotency key
     * @param result the request's result
     * @throws IllegalStateException if the key was never begun, or was completed with another result
     */
    public void complete(String key, JsonNode result) {
        checkKey(key);
        Objects.requireNonNull(result, "result");
        for (int attempt = 1; ; attempt++) {
            StoredRecord entry = store.get(KIND, key).orElseThrow(() -> new IllegalStateException(
                    "idempotency key '" + key + "' was never begun (or was released): begin it before completing"));
            if (DONE.equals(entry.doc().path("state").asText())) {
                if (entry.doc().path("result").equals(result)) {
                    return;
                }
                throw new IllegalStateException("idempotency key '" + key + "' is already completed with another"
                        + " result; a completed key is never changed");
            }
            ObjectNode done = entry.doc().deepCopy().put("state", DONE);
            done.set("result", result);
            try {
                store.put(KIND, key, done, entry.version());
                return;
            } catch (RecordConflictException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /**
     * Gives up the claim on a key that is {@code IN_PROGRESS} because the request did not happen (checked in the
     * outside world after a crash, or the execution failed before any effect), so the next {@link #begin} is
     * {@code NEW} again.
     *
     * @param key the idempotency key
     * @return true if a claim was released, false if the key was unknown
     * @throws IllegalStateException if the key is completed: its effect happened, so it is never released
     */
    public boolean release(String key) {
        checkKey(key);
        for (int attempt = 1; ; attempt++) {
            Optional<StoredRecord> entry = store.get(KIND, key);
            if (entry.isEmpty()) {
                return false;
            }
            if (DONE.equals(entry.get().doc().path("state").asText())) {
                throw new IllegalStateException("idempotency key '" + key + "' is completed; its request was"
                        + " executed, so the key is never released");
            }
            try {
                return store.delete(KIND, key, entry.get().version());
            } catch (RecordConflictException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static IdempotencyClaim claimOf(ObjectNode entry, String requestHash) {
        if (!entry.path("request_hash").asText().equals(requestHash)) {
            return IdempotencyClaim.of(IdempotencyState.MISMATCH);
        }
        return DONE.equals(entry.path("state").asText()) ? IdempotencyClaim.done(entry.path("result"))
                : IdempotencyClaim.of(IdempotencyState.IN_PROGRESS);
    }

    private static void checkKey(String key) {
        Objects.requireNonNull(key, "key");
        if (!RecordRules.ID.matcher(key).matches()) {
            throw new IllegalArgumentException("idempotency key must match " + RecordRules.ID
                    + " (letters, digits, '.', '_', '-'; 1..100 characters), got '"
                    + (key.length() > 120 ? key.substring(0, 120) + "..." : key) + "'");
        }
    }

    private static void checkHash(String requestHash) {
        Objects.requireNonNull(requestHash, "requestHash");
        if (requestHash.isBlank() || requestHash.length() > MAX_HASH_LENGTH) {
            throw new IllegalArgumentException("requestHash must be 1.." + MAX_HASH_LENGTH
                    + " characters and not blank, got " + requestHash.length() + " characters");
        }
    }
}
