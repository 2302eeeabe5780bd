package dev.praxis.agent;

import java.time.Duration;
import java.util.Objects;

/**
 * What one run may use. A run that reaches a limit stops with the matching {@link StopReason}; delegated runs
 * (agents used as tools) draw on the same limits as the run that called them.
 *
 * @param maxModelCalls model calls per run
 * @param maxToolCalls  tool calls per run
 * @param maxTokens     total tokens (input + output) per run
 * @param timeout       wall-clock time per run
 * @param toolTimeout   wall-clock time per tool call
 * @param maxToolResultChars longest tool result sent to the model; longer ones are cut and marked as truncated,
 *                      so one oversized result cannot flood the context window
 */
public record Limits(int maxModelCalls, int maxToolCalls, long maxTokens, Duration timeout, Duration toolTimeout,
                     int maxToolResultChars) {

    public Limits {
        positive("maxModelCalls", maxModelCalls);
        positive("maxToolCalls", maxToolCalls);
        positive("maxTokens", maxTokens);
        positive("maxToolResultChars", maxToolResultChars);
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(toolTimeout, "toolTimeout");
        if (timeout.isNegative() || timeout.isZero() || toolTimeout.isNegative() || toolTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive, got " + timeout + " and " + toolTimeout);
        }
    }

    /** 10 model calls, 20 tool calls, 100,000 tokens, 2 minutes a run, 30 seconds and 16,000 characters a tool call. */
    public static Limits defaults() {
        return new Limits(10, 20, 100_000, Duration.ofMinutes(2), Duration.ofSeconds(30), 16_000);
    }

    public Limits withMaxModelCalls(int value) {
        return new Limits(value, maxToolCalls, maxTokens, timeout, toolTimeout, maxToolResultChars);
    }

    public Limits withMaxToolCalls(int value) {
        return new Limits(maxModelCalls, value, maxTokens, timeout, toolTimeout, maxToolResultChars);
    }

    public Limits withMaxTokens(long value) {
        return new Limits(maxModelCalls, maxToolCalls, value, timeout, toolTimeout, maxToolResultChars);
    }

    public Limits withTimeout(Duration value) {
        return new Limits(maxModelCalls, maxToolCalls, maxTokens, value, toolTimeout, maxToolResultChars);
    }

    public Limits withToolTimeout(Duration value) {
        return new Limits(maxModelCalls, maxToolCalls, maxTokens, timeout, value, maxToolResultChars);
    }

    public Limits withMaxToolResultChars(int value) {
        return new Limits(maxModelCalls, maxToolCalls, maxTokens, timeout, toolTimeout, value);
    }

    private static void positive(String name, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, got " + value);
        }
    }
}
