package dev.praxis.agent;

import dev.praxis.model.ModelCost;

import java.time.Duration;

/**
 * What a session's runs have spent so far, for its {@link Budget}: kept in the session's state under an internal
 * key when the memory stores state, otherwise in the agent.
 *
 * @param tokens    tokens of all runs
 * @param cost      money of all runs; null when nothing was priced
 * @param timeMs    wall-clock milliseconds of all runs
 */
record SessionSpend(long tokens, ModelCost cost, long timeMs) {

    static final SessionSpend NONE = new SessionSpend(0, null, 0);

    Duration time() {
        return Duration.ofMillis(timeMs);
    }

    SessionSpend plus(Usage usage, ModelCost more, long ms) {
        ModelCost total = more == null ? cost : cost == null ? more : cost.plus(more);
        return new SessionSpend(tokens + usage.totalTokens(), total, timeMs + ms);
    }
}
