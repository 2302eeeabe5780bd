package dev.praxis.examples.eval;

import java.util.List;
import java.util.Objects;

/**
 * One scenario run on one model.
 *
 * @param scenario the scenario
 * @param model    the model spec
 * @param turns    one result per turn, in order
 */
public record ScenarioResult(Scenario scenario, String model, List<TurnResult> turns) {

    public ScenarioResult {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(model, "model");
        turns = List.copyOf(turns);
    }

    /** Whether every turn passed. */
    public boolean passed() {
        return turns.stream().allMatch(t -> t.score().passed());
    }

    /** The failures of every turn, each prefixed with its turn number (from 1). */
    public List<String> failures() {
        return java.util.stream.IntStream.range(0, turns.size()).boxed()
                .flatMap(i -> turns.get(i).score().failures().stream().map(f -> "turn " + (i + 1) + ": " + f))
                .toList();
    }
}
