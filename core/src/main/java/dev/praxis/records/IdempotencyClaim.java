package dev.praxis.records;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link IdempotencyLedger#begin} found for a key.
 *
 * @param state  what the caller must do next
 * @param result the stored result when {@code state} is {@link IdempotencyState#DONE}, empty otherwise
 */
public record IdempotencyClaim(IdempotencyState state, Optional<JsonNode> result) {

    /**
     * Checks that a result comes with {@code DONE} and only with it.
     *
     * @param state what the caller must do next
     * @param result the stored result when {@code state} is {@link IdempotencyState#DONE}, empty otherwise
     */
    public IdempotencyClaim {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(result, "result");
        if (result.isPresent() != (state == IdempotencyState.DONE)) {
            throw new IllegalArgumentException("a result comes with DONE and only with it, got " + state
                    + (result.isPresent() ? " with a result" : " without one"));
        }
    }

    static IdempotencyClaim of(IdempotencyState state) {
        return new IdempotencyClaim(state, Optional.empty());
    }

    static IdempotencyClaim done(JsonNode result) {
        return new IdempotencyClaim(IdempotencyState.DONE, Optional.of(result));
    }
}
