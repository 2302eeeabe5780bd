package dev.praxis.model;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Watches the {@link CallDeadline}s of one transport's calls in flight: every {@link #TICK} its timer thread looks at
 * each and aborts those past a limit, so a limit is enforced at most one tick late. A call only joins and leaves a
 * concurrent set, which costs far less under a thousand concurrent callers than scheduling a task per call on a
 * timer queue (one lock for all).
 */
final class DeadlineWatch implements Runnable {

    static final Duration TICK = Duration.ofMillis(100);

    private final Set<CallDeadline> inFlight = ConcurrentHashMap.newKeySet();

    DeadlineWatch(ScheduledExecutorService timer) {
        timer.scheduleWithFixedDelay(this, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Starts watching a call that {@code abort} cancels. */
    CallDeadline start(Runnable abort, Duration callTimeout, Duration writeTimeout) {
        CallDeadline deadline = new CallDeadline(this, abort, callTimeout, writeTimeout);
        inFlight.add(deadline);
        return deadline;
    }

    void remove(CallDeadline deadline) {
        inFlight.remove(deadline);
    }

    @Override
    public void run() {
        long now = System.nanoTime();
        for (CallDeadline deadline : inFlight) {
            deadline.check(now);
        }
    }
}
