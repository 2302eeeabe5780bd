package dev.praxis.model;

import java.time.Duration;

/** Waits between retries; tests inject one that records the waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    /**
     * Waits for {@code duration}.
     *
     * @param duration how long to wait
     * @throws InterruptedException when the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * The real one: {@link Thread#sleep(long)}.
     *
     * @return the sleeper
     */
    static Sleeper system() {
        return d -> Thread.sleep(d.toMillis());
    }
}
