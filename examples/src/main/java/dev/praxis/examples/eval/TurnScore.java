package dev.praxis.examples.eval;

import java.util.List;

/**
 * How one turn scored. Precision counts calls matching an expected tool by name among the calls made, leaving out
 * the turn's allowed extras; recall counts expected calls found by name; argument accuracy counts, among those
 * found, the ones whose arguments (and outcome, when given) all matched.
 *
 * @param expected     calls the turn expected
 * @param found        expected calls the model made, by tool name
 * @param argumentsOk  of those, calls whose arguments all matched
 * @param counted      calls made, less allowed extras (precision's denominator)
 * @param failures     why the turn failed, one line each; empty when it passed
 */
public record TurnScore(int expected, int found, int argumentsOk, int counted, List<String> failures) {

    public TurnScore {
        failures = List.copyOf(failures);
    }

    /** Whether the turn did everything it had to and nothing it must not. */
    public boolean passed() {
        return failures.isEmpty();
    }
}
