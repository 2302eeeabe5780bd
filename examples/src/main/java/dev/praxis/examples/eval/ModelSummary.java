package dev.praxis.examples.eval;

import dev.praxis.model.ModelCost;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One model's figures over all scenarios. Precision, recall and argument accuracy are pooled over every turn
 * (micro averages), so a scenario with many calls weighs more than one with a single call; each is empty when its
 * denominator is zero (no calls made, none expected).
 *
 * @param model            the model spec
 * @param scenarios        scenarios run
 * @param passed           scenarios passed
 * @param precision        expected calls made / calls made (less allowed extras)
 * @param recall           expected calls made / expected calls
 * @param argumentAccuracy calls with matching arguments / expected calls made
 * @param steps            model calls, all scenarios together
 * @param tokens           tokens, all scenarios together
 * @param cost             total cost, when the model is priced
 * @param p50TurnMs        median wall-clock time of a turn
 * @param totalMs          wall-clock time of all turns
 */
public record ModelSummary(String model, int scenarios, int passed, Optional<Double> precision, Optional<Double> recall,
                           Optional<Double> argumentAccuracy, long steps, long tokens, Optional<ModelCost> cost,
                           long p50TurnMs, long totalMs) {

    /** The pass rate, 0 to 1 (0 when nothing ran). */
    public double passRate() {
        return scenarios == 0 ? 0 : (double) passed / scenarios;
    }

    /** The figures of {@code model}'s results. */
    public static ModelSummary of(String model, List<ScenarioResult> results) {
        int expected = 0;
        int found = 0;
        int argumentsOk = 0;
        int counted = 0;
        long steps = 0;
        long tokens = 0;
        ModelCost cost = null;
        List<Long> durations = new ArrayList<>();
        for (ScenarioResult result : results) {
            for (TurnResult turn : result.turns()) {
                expected += turn.score().expected();
                found += turn.score().found();
                argumentsOk += turn.score().argumentsOk();
                counted += turn.score().counted();
                steps += turn.trace().steps();
                tokens += turn.trace().usage().totalTokens();
                durations.add(turn.trace().durationMs());
                if (turn.trace().cost().isPresent()) {
                    cost = cost == null ? turn.trace().cost().get() : cost.plus(turn.trace().cost().get());
                }
            }
        }
        int passed = (int) results.stream().filter(ScenarioResult::passed).count();
        return new ModelSummary(model, results.size(), passed, ratio(found, counted), ratio(found, expected),
                ratio(argumentsOk, found), steps, tokens, Optional.ofNullable(cost), median(durations),
                durations.stream().mapToLong(Long::longValue).sum());
    }

    private static Optional<Double> ratio(int numerator, int denominator) {
        return denominator == 0 ? Optional.empty() : Optional.of((double) numerator / denominator);
    }

    /** The lower median: with an even count, the smaller of the two middle values (a time that was observed). */
    private static long median(List<Long> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((sorted.size() - 1) / 2);
    }
}
