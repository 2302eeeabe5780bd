package dev.praxis.agent;

import dev.praxis.model.ModelCost;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What one run may use. A run that reaches a limit stops with the matching {@link StopReason}; delegated runs
 * (agents used as tools) draw on the same limits as the run that called them. Budgets over all runs of a
 * session are a {@link Budget}.
 *
 * <p>The token budget is hard: a model call is not made when the estimated prompt would not fit in what is
 * left, the reply's {@code maxOutputTokens} is capped at what is left, and a reply that still takes the run over
 * (servers may count differently) ends the run at once, before any of its tool calls run. The money budget is
 * checked the same way after each call (a call's price is known only once its usage is).
 *
 * @param maxModelCalls      model calls per run ({@link StopReason#STEP_LIMIT})
 * @param maxToolCalls       tool calls per run ({@link StopReason#TOOL_LIMIT})
 * @param maxTokens          total tokens (input + output) per run ({@link StopReason#BUDGET_EXCEEDED})
 * @param timeout            wall-clock time per run ({@link StopReason#TIMEOUT})
 * @param toolTimeout        wall-clock time per tool call, counted from when the call is started or submitted
 * @param maxToolResultChars longest tool result sent to the model; longer ones are cut and marked as truncated,
 *                           so one oversized result cannot flood the context window
 * @param maxArgumentBytes   total size (UTF-8 bytes) of the tool-call arguments a run accepts from the model;
 *                           a call past it is refused before it is parsed further or run
 * @param maxCost            money per run, priced like the run record's {@code cost}
 *                           ({@link StopReason#BUDGET_EXCEEDED})
 */
public record Limits(int maxModelCalls, int maxToolCalls, long maxTokens, Duration timeout, Duration toolTimeout,
                     int maxToolResultChars, int maxArgumentBytes, Optional<ModelCost> maxCost) {

    /**
     * Checks that every limit is positive and present.
     *
     * @param maxModelCalls model calls per run ({@link StopReason#STEP_LIMIT})
     * @param maxToolCalls tool calls per run ({@link StopReason#TOOL_LIMIT})
     * @param maxTokens total tokens (input + output) per run ({@link StopReason#BUDGET_EXCEEDED})
     * @param timeout wall-clock time per run ({@link StopReason#TIMEOUT})
     * @param toolTimeout wall-clock time per tool call, counted from when the call is started or submitted
     * @param maxToolResultChars longest tool result sent to the model; longer ones are cut and marked as truncated,
     * @param maxArgumentBytes total size (UTF-8 bytes) of the tool-call arguments a run accepts from the model;
     * @param maxCost money per run, priced like the run record's {@code cost}
     */
    public Limits {
        positive("maxModelCalls", maxModelCalls);
        positive("maxToolCalls", maxToolCalls);
        positive("maxTokens", maxTokens);
        positive("maxToolResultChars", maxToolResultChars);
        positive("maxArgumentBytes", maxArgumentBytes);
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(toolTimeout, "toolTimeout");
        Objects.requireNonNull(maxCost, "maxCost");
        if (timeout.isNegative() || timeout.isZero() || toolTimeout.isNegative() || toolTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive, got " + timeout + " and " + toolTimeout);
        }
        maxCost.ifPresent(cost -> {
            if (cost.amount().signum() < 0) {
                throw new IllegalArgumentException("maxCost must not be negative, got " + cost);
            }
        });
    }

    /**
     * 10 model calls, 20 tool calls, 100,000 tokens, 2 minutes a run, 30 seconds and 16,000 characters a tool
     * call, 1,000,000 bytes of arguments a run, no money limit.
     *
     * @return the default limits
     */
    public static Limits defaults() {
        return new Limits(10, 20, 100_000, Duration.ofMinutes(2), Duration.ofSeconds(30), 16_000, 1_000_000,
                Optional.empty());
    }

    /**
     * These limits with another model-call limit.
     *
     * @param value the most model calls a run may make
     * @return the new limits
     */
    public Limits withMaxModelCalls(int value) {
        return new Limits(value, maxToolCalls, maxTokens, timeout, toolTimeout, maxToolResultChars, maxArgumentBytes,
                maxCost);
    }

    /**
     * These limits with another tool-call limit.
     *
     * @param value the most tool calls a run may make
     * @return the new limits
     */
    public Limits withMaxToolCalls(int value) {
        return new Limits(maxModelCalls, value, maxTokens, timeout, toolTimeout, maxToolResultChars, maxArgumentBytes,
                maxCost);
    }

    /**
     * These limits with another token limit.
     *
     * @param value the most tokens a run may use
     * @return the new limits
     */
    public Limits withMaxTokens(long value) {
        return new Limits(maxModelCalls, maxToolCalls, value, timeout, toolTimeout, maxToolResultChars,
                maxArgumentBytes, maxCost);
    }

    /**
     * These limits with another run timeout.
     *
     * @param value the longest a run may take
     * @return the new limits
     */
    public Limits withTimeout(Duration value) {
        return new Limits(maxModelCalls, maxToolCalls, maxTokens, value, toolTimeout, maxToolResultChars,
                maxArgumentBytes, maxCost);
    }

    /**
     * These limits with another timeout for each tool call.
     *
     * @param value the longest one tool call may take
     * @return the new limits
     */
    public Limits withToolTimeout(Duration value) {
        return new Limits(maxModelCalls, maxToolCalls, maxTokens, timeout, value, maxToolResultChars, maxArgumentBytes,
                maxCost);
    }

    /**
     * These limits with another size for tool results; longer results are cut.
     *
     * @param value the most characters of one tool result the model sees
     * @return the new limits
     */
    public Limits withMaxToolResultChars(int value) {
        return new Limits(maxModelCalls, maxToolCalls, maxTokens, timeout, toolTimeout, value, maxArgumentBytes,
                maxCost);
    }

    /**
     * These limits with another limit on argument bytes.
     *
     * @param value the most bytes of tool arguments a run may send
     * @return the new limits
     */
    public Limits withMaxArgumentBytes(int value) {
        return new Limits(maxModelCalls, maxToolCalls, maxTokens, timeout, toolTimeout, maxToolResultChars, value,
                maxCost);
    }

    /**
     * These limits with a money limit.
     *
     * @param value the most a run may cost
     * @return the new limits
     */
    public Limits withMaxCost(ModelCost value) {
        return new Limits(maxModelCalls, maxToolCalls, maxTokens, timeout, toolTimeout, maxToolResultChars,
                maxArgumentBytes, Optional.of(value));
    }

    private static void positive(String name, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, got " + value);
        }
    }
}
