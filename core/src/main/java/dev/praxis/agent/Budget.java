package dev.praxis.agent;

import dev.praxis.model.ModelCost;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What one session may spend over all its runs: tokens, money (in one currency, priced like the run record's
 * {@code cost}) and run time. Each run checks the session's spending before every model call and stops with
 * {@link StopReason#BUDGET_EXCEEDED} once a budget is spent; the spending is kept in the session's state when
 * the memory stores state, otherwise in the agent. The budgets of a single run are in {@link Limits}.
 *
 * <pre>{@code
 * Budget perSession = Budget.unlimited().withMaxTokens(200_000)
 *         .withMaxCost(new ModelCost(new BigDecimal("2.00"), Currency.getInstance("EUR")));
 * Agent agent = Agent.builder()...sessionBudget(perSession).build();
 * }</pre>
 *
 * @param maxTokens total tokens (input + output) of all runs of the session
 * @param maxCost   total cost of all runs of the session, if limited
 * @param maxTime   total wall-clock time of all runs of the session, if limited
 */
public record Budget(long maxTokens, Optional<ModelCost> maxCost, Optional<Duration> maxTime) {

    /**
     * Checks that {@code maxTokens} is at least 1 and every limit is present.
     *
     * @param maxTokens total tokens (input + output) of all runs of the session
     * @param maxCost total cost of all runs of the session, if limited
     * @param maxTime total wall-clock time of all runs of the session, if limited
     */
    public Budget {
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be >= 1, got " + maxTokens);
        }
        Objects.requireNonNull(maxCost, "maxCost");
        Objects.requireNonNull(maxTime, "maxTime");
        maxCost.ifPresent(cost -> {
            if (cost.amount().signum() < 0) {
                throw new IllegalArgumentException("maxCost must not be negative, got " + cost);
            }
        });
        maxTime.ifPresent(time -> {
            if (time.isNegative() || time.isZero()) {
                throw new IllegalArgumentException("maxTime must be positive, got " + time);
            }
        });
    }

    /**
     * No limit on anything.
     *
     * @return a budget without limits
     */
    public static Budget unlimited() {
        return new Budget(Long.MAX_VALUE, Optional.empty(), Optional.empty());
    }

    /**
     * This budget with another token limit.
     *
     * @param value the most tokens, at least 1
     * @return the new budget
     */
    public Budget withMaxTokens(long value) {
        return new Budget(value, maxCost, maxTime);
    }

    /**
     * This budget with another cost limit.
     *
     * @param value the most money to spend
     * @return the new budget
     */
    public Budget withMaxCost(ModelCost value) {
        return new Budget(maxTokens, Optional.of(value), maxTime);
    }

    /**
     * This budget with another time limit.
     *
     * @param value the most time to spend
     * @return the new budget
     */
    public Budget withMaxTime(Duration value) {
        return new Budget(maxTokens, maxCost, Optional.of(value));
    }
}
