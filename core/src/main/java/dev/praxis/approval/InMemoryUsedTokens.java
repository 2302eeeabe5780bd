package dev.praxis.approval;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** {@link UsedTokens} in a concurrent map; expired entries are swept every {@value #SWEEP_EVERY} insertions. */
final class InMemoryUsedTokens implements UsedTokens {

    static final int SWEEP_EVERY = 1024;

    private final Map<String, Instant> used = new ConcurrentHashMap<>();
    private final AtomicInteger inserts = new AtomicInteger();
    private final Clock clock;

    InMemoryUsedTokens(Clock clock) {
        this.clock = java.util.Objects.requireNonNull(clock, "clock");
    }

    @Override
    public boolean markUsed(String tokenId, Instant expiresAt) {
        boolean first = used.putIfAbsent(tokenId, expiresAt) == null;
        if (first && inserts.incrementAndGet() % SWEEP_EVERY == 0) {
            Instant now = clock.instant();
            // An expired token is refused for its expiry, so forgetting that it was used changes nothing.
            used.values().removeIf(expiry -> !now.isBefore(expiry));
        }
        return first;
    }

    @Override
    public boolean isUsed(String tokenId) {
        return used.containsKey(tokenId);
    }

    int size() {
        return used.size();
    }
}
