package dev.praxis.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened during one model call, for the run record: the model that answered, how many attempts it
 * took over all models, each failed attempt with its reason and the wait after it, whether a fallback
 * answered, and the call's cost when a {@link PriceTable} has the model ({@code cost} is null otherwise; it
 * is a plain component so that the trace serialises into the run record as JSON).
 */
public record ModelCallTrace(String modelUsed, int attempts, List<FailedAttempt> failures, boolean fallbackUsed,
                             @JsonInclude(JsonInclude.Include.NON_NULL) ModelCost cost) {

    /** One attempt that failed: which model, which attempt on it, why, and how long Praxis waited after. */
    public record FailedAttempt(String model, int attempt, String reason, Duration waitAfter) {
        /**
         * Checks that the model, reason and wait are present.
         *
         * @param model the model that was called
         * @param attempt which attempt on that model, from 1
         * @param reason why it failed
         * @param waitAfter how long Praxis waited before the next attempt
         */
        public FailedAttempt {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(waitAfter, "waitAfter");
        }
    }

    /**
     * Checks the model used and copies the failures.
     *
     * @param modelUsed the model that answered
     * @param attempts the attempts over all models
     * @param failures the failed attempts, in order
     * @param fallbackUsed whether a fallback model answered
     * @param cost the call's cost, or null when not priced
     */
    public ModelCallTrace {
        Objects.requireNonNull(modelUsed, "modelUsed");
        failures = List.copyOf(failures);
    }

    /**
     * The call's cost; empty when the {@link PriceTable} has no price for the model (then {@code cost} is null).
     *
     * @return the cost, if priced
     */
    public Optional<ModelCost> priced() {
        return Optional.ofNullable(cost);
    }
}
