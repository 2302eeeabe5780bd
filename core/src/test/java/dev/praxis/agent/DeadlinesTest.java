package dev.praxis.agent;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeadlinesTest {

    private static final long MS = 1_000_000L;

    private final Deadlines deadlines = new Deadlines("test");

    @org.junit.jupiter.api.AfterEach
    void closeWatchdog() {
        deadlines.close();
    }

    @Test
    void interruptsTheWatchedThreadAtItsDeadlineAndClearsTheInterruptOnClose() {
        Deadlines.Watch watch = deadlines.watch(System.nanoTime() + 30 * MS);

        assertThatThrownBy(() -> new CountDownLatch(1).await(10, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);

        assertThat(watch.close()).isTrue();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void aWatchClosedInTimeNeverInterruptsLater() {
        Deadlines.Watch early = deadlines.watch(System.nanoTime() + 200 * MS);
        assertThat(early.close()).isFalse();
        // The later watch fires after the closed one's deadline has passed: it is the only interrupt we get.
        Deadlines.Watch later = deadlines.watch(System.nanoTime() + 400 * MS);

        assertThatThrownBy(() -> new CountDownLatch(1).await(10, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);

        assertThat(later.close()).isTrue();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void anEarlierDeadlineRegisteredAfterALaterOneStillFiresOnTime() {
        Deadlines.Watch far = deadlines.watch(System.nanoTime() + TimeUnit.HOURS.toNanos(1));
        Deadlines.Watch near = deadlines.watch(System.nanoTime() + 30 * MS);

        assertThatThrownBy(() -> new CountDownLatch(1).await(10, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);

        assertThat(near.close()).isTrue();
        assertThat(far.close()).isFalse();
    }

    @Test
    void manyThreadsClosingBeforeTheirDeadlinesAreNeverInterrupted() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                outcomes.add(pool.submit(() -> {
                    boolean anyFired = false;
                    for (int i = 0; i < 20_000; i++) {
                        anyFired |= deadlines.watch(System.nanoTime() + TimeUnit.MINUTES.toNanos(1)).close();
                    }
                    return anyFired || Thread.currentThread().isInterrupted();
                }));
            }
            for (Future<Boolean> outcome : outcomes) {
                assertThat(outcome.get(30, TimeUnit.SECONDS)).isFalse();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
