package dev.praxis.ecommerce.approval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.praxis.ecommerce.records.ShopRecords;
import dev.praxis.records.IdempotencyClaim;
import dev.praxis.records.RecordStore;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * At most one execution per idempotency key, with ACP semantics, kept durably on core's
 * {@link dev.praxis.records.IdempotencyLedger}: the same key with the same request replays the first result (the id
 * of what was created: an order, a refund), also after a restart and from another process on the same store; the
 * same key with another request is a conflict. Keys are scoped by owner and by action ({@code place_order},
 * {@code issue_refund}). A request that failed before any effect can be retried with the same key.
 *
 * <p>A key whose execution was interrupted (the process died after claiming it) is {@code IN_PROGRESS} for good:
 * the ledger then asks {@code lookup} whether the effect happened, answers with it if so (and completes the key),
 * and otherwise refuses without executing, saying to check the orders first. It never executes such a key again,
 * because it cannot tell an interrupted attempt from one still running in another process.
 */
public final class IdempotencyLedger {

    /** A result (the id of what the request created) and whether it was replayed from an earlier request. */
    public record Outcome(String id, boolean replayed) {
    }

    private final dev.praxis.records.IdempotencyLedger ledger;
    private final String scope;

    /**
     * Keys of action {@code scope} (e.g. {@code place_order}) kept in {@code records}.
     *
     * @param records where keys are kept
     * @param scope the action the keys belong to
     */
    public IdempotencyLedger(RecordStore records, String scope) {
        this.ledger = dev.praxis.records.IdempotencyLedger.on(records);
        this.scope = Objects.requireNonNull(scope, "scope");
    }

    /**
     * Runs {@code action} once per (owner, key); later calls with the same fingerprint get its result back.
     *
     * @param action the request: returns the id of what it created; an exception means nothing happened, unless
     *               {@code lookup} finds otherwise
     * @param lookup whether this request's effect exists (after an interruption or an exception), and its id
     * @param owner the session or person the key belongs to
     * @param key the caller's idempotency key
     * @param fingerprint what the request was for; the same key with another fingerprint is refused
     * @return the id of what was created, and whether this call or an earlier one created it
     * @throws ApprovalException when the key is blank, was used with a different fingerprint, or its first attempt
     *                           was interrupted without a visible effect
     */
    public Outcome run(String owner, String key, String fingerprint, Supplier<String> action,
                       Supplier<Optional<String>> lookup) {
        if (key == null || key.isBlank()) {
            throw new ApprovalException("idempotency_key is required: a fresh unique string per intended action, "
                    + "reused only when retrying that same action");
        }
        String id = ShopRecords.idOf("shop-" + scope + "-", owner, key);
        IdempotencyClaim claim = ledger.begin(id, ShopRecords.idOf("", fingerprint));
        return switch (claim.state()) {
            case DONE -> new Outcome(claim.result().orElseThrow().path("id").asText(), true);
            case MISMATCH -> throw new ApprovalException("idempotency_conflict: idempotency_key '" + key + "' was "
                    + "already used for a different request; use a new key for a new action");
            case IN_PROGRESS -> recovered(id, key, lookup);
            case NEW -> executed(id, action, lookup);
        };
    }

    private Outcome executed(String id, Supplier<String> action, Supplier<Optional<String>> lookup) {
        String result;
        try {
            result = action.get();
        } catch (RuntimeException e) {
            // Failed after its effect (the order is stored, a later step failed): the effect stands, so it is the
            // result; failed before: nothing happened, so the key is free for a retry.
            Optional<String> happened = lookup.get();
            if (happened.isEmpty()) {
                ledger.release(id);
                throw e;
            }
            result = happened.get();
        }
        ledger.complete(id, resultOf(result));
        return new Outcome(result, false);
    }

    private Outcome recovered(String id, String key, Supplier<Optional<String>> lookup) {
        Optional<String> happened = lookup.get();
        if (happened.isEmpty()) {
            throw new ApprovalException("idempotency_key '" + key + "' is in progress: an earlier attempt with this "
                    + "key started and was interrupted (or is still running) and nothing it created can be found yet. "
                    + "Nothing was done now. Check list_orders before acting; if nothing was created, start again "
                    + "from the preview with a new idempotency_key");
        }
        ledger.complete(id, resultOf(happened.get()));
        return new Outcome(happened.get(), true);
    }

    private static JsonNode resultOf(String createdId) {
        return JsonNodeFactory.instance.objectNode().put("id", createdId);
    }
}
