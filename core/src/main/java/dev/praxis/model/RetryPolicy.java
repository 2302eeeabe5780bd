package dev.praxis.model;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How {@link ResilientChatModel} retries a model that is unavailable (429, 5xx, connection reset, timeout):
 * exponential backoff from {@code initialBackoff}, multiplied by {@code multiplier} per attempt, capped at
 * {@code maxBackoff}, shortened by up to {@code jitter} (a fraction, 0 to 1) at random; a server's
 * {@code Retry-After} replaces the computed wait. At most {@code maxAttempts} attempts per model, and no
 * wait that would end after {@code maxTotalTime} from the first attempt.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, double multiplier,
                          double jitter, Duration maxTotalTime) {

    /**
     * Checks that every bound is in range.
     *
     * @param maxAttempts attempts per model, at least 1
     * @param initialBackoff the first wait
     * @param maxBackoff the longest wait
     * @param multiplier the factor the wait grows by per attempt
     * @param jitter the largest random shortening of a wait, a fraction from 0 to 1
     * @param maxTotalTime no wait may end later than this after the first attempt
     */
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1, got " + maxAttempts);
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(maxTotalTime, "maxTotalTime");
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("need 0 <= initialBackoff <= maxBackoff, got "
                    + initialBackoff + " and " + maxBackoff);
        }
        if (multiplier < 1.0) {
            throw new IllegalArgumentException("multiplier must be >= 1, got " + multiplier);
        }
        if (jitter < 0.0 || jitter > 1.0) {
            throw new IllegalArgumentException("jitter must be between 0 and 1, got " + jitter);
        }
    }

    /**
     * 4 attempts, 500 ms doubling to at most 8 s, 20 % jitter, 60 s in all.
     *
     * @return the default policy
     */
    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8), 2.0, 0.2, Duration.ofSeconds(60));
    }

    /**
     * A single attempt: no retries.
     *
     * @return the policy
     */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 1.0, 0.0, Duration.ZERO);
    }

    /**
     * The wait before attempt {@code failedAttempt + 1}, without a server's Retry-After.
     *
     * @param failedAttempt the number of the attempt that failed, from 1
     * @param random the source of jitter
     * @return the wait
     */
    public Duration backoff(int failedAttempt, RandomGenerator random) {
        double base = initialBackoff.toMillis() * Math.pow(multiplier, Math.max(0, failedAttempt - 1));
        double capped = Math.min(base, maxBackoff.toMillis());
        double jittered = capped * (1.0 - jitter * random.nextDouble());
        return Duration.ofMillis(Math.round(jittered));
    }
}
