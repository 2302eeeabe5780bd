package dev.praxis.examples.eval;

import com.fasterxml.jackson.databind.node.MissingNode;
import dev.praxis.agent.RunRecord;
import dev.praxis.agent.StopReason;
import dev.praxis.agent.Usage;
import dev.praxis.model.ModelCost;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened in one turn: all that scoring reads. Built from the run record, or by hand in tests.
 *
 * @param answer     the final answer (for runs that did not complete, why)
 * @param stopReason how the run ended
 * @param calls      every tool call, delegated ones included, in order
 * @param steps      model calls made
 * @param usage      tokens
 * @param cost       what the model calls cost, when priced
 * @param durationMs wall-clock time of the turn
 */
public record TurnTrace(String answer, StopReason stopReason, List<ObservedCall> calls, int steps, Usage usage,
                        Optional<ModelCost> cost, long durationMs) {

    public TurnTrace {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(stopReason, "stopReason");
        calls = List.copyOf(calls);
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(cost, "cost");
    }

    /** The trace of a finished run. */
    public static TurnTrace of(RunRecord record) {
        List<ObservedCall> calls = record.toolCalls().stream()
                .map(c -> new ObservedCall(c.agent(), c.name(),
                        c.arguments() == null ? MissingNode.getInstance() : c.arguments(), c.outcome())).toList();
        return new TurnTrace(record.answer() == null ? "" : record.answer(), record.stopReason(), calls,
                record.modelCalls().size(), record.usage(), Optional.ofNullable(record.cost()), record.durationMs());
    }
}
