package dev.praxis.examples.eval;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.praxis.agent.RunRecord;
import dev.praxis.agent.RunRequest;
import dev.praxis.agent.StopReason;
import dev.praxis.agent.Usage;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs every scenario on every model and scores the turns. Each scenario runs in a fresh world (see
 * {@link ScenarioAgents}); the turns of a scenario share its session. Progress, one line per scenario, goes to the
 * given consumer.
 *
 * <pre>{@code
 * EvalRunner runner = new EvalRunner(spec -> myModel, embeddings, Clock.systemUTC(), System.err::println);
 * EvalReport report = runner.run(ScenarioLoader.load("builtin"), List.of("offline"));
 * }</pre>
 */
public final class EvalRunner {

    private final ChatModelFactory models;
    private final EmbeddingModel embeddings;
    private final Clock clock;
    private final Consumer<String> progress;

    /**
     * @param models     makes the model for each spec
     * @param embeddings for the shop's semantic search (and the offline model's tool matching)
     * @param clock      the tools' clock (carts, tokens, return windows); the agents time themselves
     * @param progress   receives one line per scenario as it finishes
     */
    public EvalRunner(ChatModelFactory models, EmbeddingModel embeddings, Clock clock, Consumer<String> progress) {
        this.models = Objects.requireNonNull(models, "models");
        this.embeddings = new RememberedEmbeddings(Objects.requireNonNull(embeddings, "embeddings"));
        this.clock = Objects.requireNonNull(clock, "clock");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** Every scenario on every model, models in the order given. */
    public EvalReport run(List<Scenario> scenarios, List<String> modelSpecs) {
        List<EvalReport.ModelResult> results = new ArrayList<>();
        for (String spec : modelSpecs) {
            ChatModel model = models.open(spec);
            List<ScenarioResult> runs = new ArrayList<>();
            for (Scenario scenario : scenarios) {
                ScenarioResult result = run(scenario, spec, model);
                progress.accept(line(result));
                runs.add(result);
            }
            results.add(new EvalReport.ModelResult(spec, runs, ModelSummary.of(spec, runs)));
        }
        return new EvalReport(scenarios.size(), results);
    }

    ScenarioResult run(Scenario scenario, String spec, ChatModel model) {
        ScriptedApproval approval = new ScriptedApproval();
        List<TurnResult> turns = new ArrayList<>();
        try (ScenarioAgents agents = new ScenarioAgents(scenario.agent(), model, approval, embeddings, clock)) {
            for (Turn turn : scenario.turns()) {
                approval.use(turn.approvals());
                TurnTrace trace = runTurn(agents, scenario.session(), turn.user());
                turns.add(new TurnResult(trace, TurnScorer.score(turn, trace)));
            }
        }
        return new ScenarioResult(scenario, spec, turns);
    }

    /** A turn that throws (a fault, not a model answer) is recorded as an internal error and scored as failed. */
    private static TurnTrace runTurn(ScenarioAgents agents, String session, String message) {
        long start = System.nanoTime();
        try {
            RunRecord record = agents.agent().run(RunRequest.of(session, message));
            return TurnTrace.of(record);
        } catch (RuntimeException e) {
            return new TurnTrace("error: " + e, StopReason.INTERNAL_ERROR, List.of(), 0, Usage.ZERO,
                    Optional.empty(), (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static String line(ScenarioResult result) {
        String head = "[" + result.model() + "] " + result.scenario().id() + " ";
        return result.passed() ? head + "PASS" : head + "FAIL: " + result.failures().get(0);
    }
}
