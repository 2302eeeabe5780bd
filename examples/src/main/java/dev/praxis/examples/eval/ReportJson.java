package dev.praxis.examples.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.praxis.json.PraxisJson;

import java.util.Optional;

/** Writes the report as JSON with snake_case keys; absent figures (no priced calls, no calls at all) are null. */
final class ReportJson {

    private ReportJson() {
    }

    static JsonNode write(EvalReport report) {
        ObjectNode root = PraxisJson.mapper().createObjectNode();
        root.put("scenarios", report.scenarios());
        ArrayNode models = root.putArray("models");
        for (EvalReport.ModelResult model : report.models()) {
            ObjectNode node = models.addObject();
            node.put("model", model.model());
            node.set("summary", summary(model.summary()));
            ArrayNode scenarios = node.putArray("scenarios");
            model.scenarios().forEach(r -> scenarios.add(scenario(r)));
        }
        return root;
    }

    private static ObjectNode summary(ModelSummary s) {
        ObjectNode node = PraxisJson.mapper().createObjectNode();
        node.put("scenarios", s.scenarios());
        node.put("passed", s.passed());
        node.put("pass_rate", s.passRate());
        ratio(node, "precision", s.precision());
        ratio(node, "recall", s.recall());
        ratio(node, "argument_accuracy", s.argumentAccuracy());
        node.put("steps", s.steps());
        node.put("tokens", s.tokens());
        node.set("cost", s.cost().map(PraxisJson::tree).orElse(null));
        node.put("p50_turn_ms", s.p50TurnMs());
        node.put("total_ms", s.totalMs());
        return node;
    }

    private static ObjectNode scenario(ScenarioResult result) {
        ObjectNode node = PraxisJson.mapper().createObjectNode();
        node.put("id", result.scenario().id());
        node.put("agent", result.scenario().agent());
        node.put("passed", result.passed());
        ArrayNode failures = node.putArray("failures");
        result.failures().forEach(failures::add);
        ArrayNode turns = node.putArray("turns");
        for (int i = 0; i < result.turns().size(); i++) {
            turns.add(turn(result.scenario().turns().get(i), result.turns().get(i)));
        }
        return node;
    }

    private static ObjectNode turn(Turn turn, TurnResult result) {
        ObjectNode node = PraxisJson.mapper().createObjectNode();
        TurnTrace trace = result.trace();
        node.put("user", turn.user());
        node.put("answer", trace.answer());
        node.put("stop_reason", trace.stopReason().name());
        ArrayNode calls = node.putArray("calls");
        for (ObservedCall call : trace.calls()) {
            calls.addObject().put("agent", call.agent()).put("tool", call.tool()).put("outcome", call.outcome().json())
                    .set("arguments", call.arguments());
        }
        node.put("steps", trace.steps());
        node.put("tokens", trace.usage().totalTokens());
        node.put("duration_ms", trace.durationMs());
        TurnScore score = result.score();
        node.putObject("score").put("expected", score.expected()).put("found", score.found())
                .put("arguments_ok", score.argumentsOk()).put("counted", score.counted()).put("passed", score.passed());
        ArrayNode failures = node.putArray("failures");
        score.failures().forEach(failures::add);
        return node;
    }

    private static void ratio(ObjectNode node, String key, Optional<Double> value) {
        if (value.isPresent()) {
            node.put(key, value.get());
        } else {
            node.putNull(key);
        }
    }
}
