package dev.praxis.serve;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/** A {@link ReadinessProbe} whose answer is reused for a while, so probes do not hammer the model server. */
final class Readiness {

    private final ReadinessProbe probe;
    private final long ttlNanos;
    private final LongSupplier nanoTime;
    private Optional<String> last = Optional.empty();
    private long checkedAt;
    private boolean checked;

    Readiness(ReadinessProbe probe, Duration ttl, LongSupplier nanoTime) {
        this.probe = probe;
        this.ttlNanos = ttl.toNanos();
        this.nanoTime = nanoTime;
    }

    synchronized Optional<String> problem() {
        long now = nanoTime.getAsLong();
        if (!checked || now - checkedAt >= ttlNanos) {
            try {
                last = probe.problem();
            } catch (RuntimeException e) {
                last = Optional.of("the readiness probe failed: " + e.getClass().getSimpleName());
            }
            checkedAt = now;
            checked = true;
        }
        return last;
    }
}
