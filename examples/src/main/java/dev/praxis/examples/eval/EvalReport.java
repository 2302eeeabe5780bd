package dev.praxis.examples.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Objects;

/**
 * The result of {@code praxis eval}: per model, every scenario's turns with their scores, and the summary.
 *
 * @param scenarios how many scenarios each model ran
 * @param models    one result per model, in the order given
 */
public record EvalReport(int scenarios, List<ModelResult> models) {

    public EvalReport {
        models = List.copyOf(models);
    }

    /**
     * One model's results.
     *
     * @param model     the model spec
     * @param scenarios one result per scenario
     * @param summary   the figures over all of them
     */
    public record ModelResult(String model, List<ScenarioResult> scenarios, ModelSummary summary) {
        public ModelResult {
            Objects.requireNonNull(model, "model");
            scenarios = List.copyOf(scenarios);
            Objects.requireNonNull(summary, "summary");
        }
    }

    /** The table the CLI prints: one row per model, then the pass rate per agent. */
    public String table() {
        return ReportTable.render(this);
    }

    /** The full report as JSON: summaries, and every turn's calls, answer and failures. */
    public JsonNode json() {
        return ReportJson.write(this);
    }
}
