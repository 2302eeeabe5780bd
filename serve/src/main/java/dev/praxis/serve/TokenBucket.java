package dev.praxis.serve;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per user (see {@link RateLimit}). Home-made because it is twenty lines: a rate-limiting library
 * would be a new dependency for less code than its configuration.
 */
final class TokenBucket {

    private final RateLimit limit;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, State> buckets = new ConcurrentHashMap<>();

    TokenBucket(RateLimit limit, LongSupplier nanoTime) {
        this.limit = limit;
        this.nanoTime = nanoTime;
    }

    /** Takes one token for {@code user}; returns 0 when taken, else the whole seconds until one is free (at least 1). */
    long take(String user) {
        State state = buckets.computeIfAbsent(user, u -> new State(limit.burst(), nanoTime.getAsLong()));
        synchronized (state) {
            long now = nanoTime.getAsLong();
            state.tokens = Math.min(limit.burst(), state.tokens + (now - state.at) / 1e9 * limit.perSecond());
            state.at = now;
            if (state.tokens >= 1) {
                state.tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - state.tokens) / limit.perSecond()));
        }
    }

    private static final class State {
        double tokens;
        long at;

        State(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }
}
