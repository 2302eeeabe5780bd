package dev.praxis.serve;

/**
 * The requests each API key may make: a token bucket holding {@code burst} requests, refilled at
 * {@code perSecond}. A request that finds the bucket empty gets 429 with {@code Retry-After}.
 *
 * @param burst the most requests a key may make at once, at least 1
 * @param perSecond the sustained rate, above 0
 */
public record RateLimit(int burst, double perSecond) {

    /**
     * Checks the values.
     *
     * @param burst the most requests a key may make at once
     * @param perSecond the sustained rate
     */
    public RateLimit {
        if (burst < 1) {
            throw new IllegalArgumentException("burst must be at least 1, was " + burst);
        }
        if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
            throw new IllegalArgumentException("perSecond must be a positive number, was " + perSecond);
        }
    }

    /**
     * 20 requests at once, 5 a second after that: ample for a person at a chat page, a brake on a runaway script.
     *
     * @return the default limit
     */
    public static RateLimit defaults() {
        return new RateLimit(20, 5);
    }
}
