package dev.praxis.examples.eval;

import dev.praxis.agent.StopReason;
import dev.praxis.agent.Usage;
import dev.praxis.json.PraxisJson;
import dev.praxis.tool.ToolResult;

import java.util.List;
import java.util.Optional;

/** Hand-built traces and turns for scoring tests: what a run record would have said, without running a model. */
final class Traces {

    private Traces() {
    }

    static ObservedCall call(String tool, String argumentsJson) {
        return call(tool, argumentsJson, ToolResult.Outcome.OK);
    }

    static ObservedCall call(String tool, String argumentsJson, ToolResult.Outcome outcome) {
        return new ObservedCall("finance", tool, PraxisJson.parse(argumentsJson), outcome);
    }

    static TurnTrace completed(String answer, ObservedCall... calls) {
        return new TurnTrace(answer, StopReason.COMPLETED, List.of(calls), calls.length + 1, new Usage(100, 10, 110),
                Optional.empty(), 40);
    }

    /** The turn described by {@code json}, a turn as written in a scenario file. */
    static Turn turn(String json) {
        String file = "{\"scenarios\": [{\"id\": \"t\", \"agent\": \"finance\", \"description\": \"d\", \"turns\": [" + json + "]}]}";
        return ScenarioLoader.parse("test.json", file).get(0).turns().get(0);
    }
}
