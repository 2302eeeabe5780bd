/**
 * {@code praxis eval}: multi-turn scenarios for the example agents, run against one or more models and scored
 * (pass rate, tool-call precision and recall, argument accuracy, steps, tokens, cost, latency).
 *
 * <p>A {@link dev.praxis.examples.eval.Scenario} is loaded from JSON by {@link dev.praxis.examples.eval.ScenarioLoader};
 * {@link dev.praxis.examples.eval.EvalRunner} runs each scenario on each model from a
 * {@link dev.praxis.examples.eval.ChatModelFactory} (the CLI's builds the real clients; tests pass fakes or
 * recordings); {@link dev.praxis.examples.eval.EvalReport} holds the scores, prints the table and writes the JSON
 * report. Scoring never depends on the model: it reads only the run records.
 */
package dev.praxis.examples.eval;
