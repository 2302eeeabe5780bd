package dev.praxis.examples.eval;

import java.util.Objects;

/** A turn's trace and its score. */
public record TurnResult(TurnTrace trace, TurnScore score) {

    public TurnResult {
        Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(score, "score");
    }
}
