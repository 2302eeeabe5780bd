package dev.praxis.examples.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.agent.StopReason;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * Scores a turn's trace against its expectations. Each expected call takes the first unused call of the same tool,
 * preferring one whose arguments and outcome match, then one whose arguments match, then any: so a model that
 * calls a tool twice, once wrongly, is credited with its right call. A turn passes when the run completed, every
 * expected call was made with matching arguments and outcome, no forbidden tool was attempted, and the answer
 * states every expected fact and none of the forbidden ones.
 */
final class TurnScorer {

    private TurnScorer() {
    }

    static TurnScore score(Turn turn, TurnTrace trace) {
        List<String> failures = new ArrayList<>();
        if (trace.stopReason() != StopReason.COMPLETED) {
            failures.add("run ended " + trace.stopReason() + ": " + firstLine(trace.answer()));
        }
        List<ObservedCall> calls = trace.calls();
        boolean[] used = new boolean[calls.size()];
        int found = 0;
        int argumentsOk = 0;
        for (ExpectedCall expected : turn.expectCalls()) {
            int index = pick(expected, calls, used);
            if (index < 0) {
                failures.add("missing call " + expected.tool());
                continue;
            }
            used[index] = true;
            found++;
            ObservedCall actual = calls.get(index);
            List<String> wrong = wrongArguments(expected, actual.arguments());
            if (wrong.isEmpty()) {
                argumentsOk++;
            } else {
                failures.add(expected.tool() + ": " + String.join("; ", wrong));
            }
            expected.outcome().filter(o -> o != actual.outcome()).ifPresent(o -> failures.add(expected.tool()
                    + ": outcome " + actual.outcome().json() + ", expected " + o.json()));
        }
        int counted = 0;
        for (int i = 0; i < calls.size(); i++) {
            ObservedCall call = calls.get(i);
            boolean allowed = turn.allowCalls().contains(call.tool());
            if (turn.forbidCalls().contains(call.tool())
                    || turn.forbidCalls().contains(Turn.ANY_OTHER_CALL) && !used[i] && !allowed) {
                failures.add("forbidden call " + call.tool() + " (" + call.outcome().json() + ")");
            }
            if (used[i] || !allowed) {
                counted++;
            }
        }
        turn.expectFacts().stream().filter(f -> !f.foundIn(trace.answer()))
                .forEach(f -> failures.add("answer lacks " + f.describe()));
        turn.forbidFacts().stream().filter(f -> f.foundIn(trace.answer()))
                .forEach(f -> failures.add("answer states " + f.describe()));
        return new TurnScore(turn.expectCalls().size(), found, argumentsOk, counted, failures);
    }

    private static int pick(ExpectedCall expected, List<ObservedCall> calls, boolean[] used) {
        List<BiPredicate<ExpectedCall, ObservedCall>> preferences = List.of(
                (e, c) -> wrongArguments(e, c.arguments()).isEmpty() && e.outcome().map(o -> o == c.outcome()).orElse(true),
                (e, c) -> wrongArguments(e, c.arguments()).isEmpty(),
                (e, c) -> true);
        for (BiPredicate<ExpectedCall, ObservedCall> preferred : preferences) {
            for (int i = 0; i < calls.size(); i++) {
                if (!used[i] && calls.get(i).tool().equals(expected.tool()) && preferred.test(expected, calls.get(i))) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static List<String> wrongArguments(ExpectedCall expected, JsonNode arguments) {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, ArgumentMatcher> arg : new TreeMap<>(expected.arguments()).entrySet()) {
            JsonNode actual = arguments.isObject() ? arguments.get(arg.getKey()) : null;
            if (!arg.getValue().matches(actual)) {
                wrong.add(arg.getKey() + " expected " + arg.getValue().describe() + ", got "
                        + (actual == null ? "nothing" : actual.toString()));
            }
        }
        return wrong;
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 120 ? line.substring(0, 120) + "..." : line;
    }
}
