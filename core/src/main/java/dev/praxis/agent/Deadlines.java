package dev.praxis.agent;

import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A watchdog that interrupts a thread when its deadline passes, so the agent can call a model or a tool on the
 * caller's own thread (no hand-off to a pool and back, which costs more than the rest of a turn) and still stop
 * at its time limit. Each agent owns one (closed with the agent); its daemon thread starts on first use and serves
 * all runs of that agent. It sleeps until the earliest deadline or for at most a
 * second, so registering a deadline wakes it only when that deadline is nearer than its next wake-up: the usual
 * limits (seconds to minutes) cost no wake-up and no context switch per call.
 *
 * <pre>{@code
 * Deadlines.Watch watch = Deadlines.watch(deadlineNanos);
 * try {
 *     result = blockingCall();
 * } finally {
 *     if (watch.close()) { ... the deadline passed during the call ... }
 * }
 * }</pre>
 *
 * The call must react to interruption (HTTP clients, sleeps and waits do); one that ignores it delays the
 * caller until it returns, and is then treated as timed out.
 */
final class Deadlines implements AutoCloseable {

    // An array-backed heap under a short lock rather than a concurrent linked structure: every call adds and
    // removes one entry, and removed nodes of a linked structure that reach the old generation can keep later
    // nodes alive through young collections. The heap holds at most one entry per watched thread.
    private final PriorityQueue<Watch> watches = new PriorityQueue<>(
            Comparator.comparingLong((Watch w) -> w.deadline).thenComparingLong(w -> w.sequence));
    private final AtomicLong sequence = new AtomicLong();
    private final String name;
    private volatile Thread watchdog;
    private volatile boolean closed;
    /** The longest the watchdog sleeps: deadlines further away never need to wake it early. */
    private static final long HEARTBEAT_NANOS = 1_000_000_000L;

    private volatile long wakeAt = System.nanoTime();

    Deadlines(String name) {
        this.name = name;
    }

    /** Watches the current thread until {@code deadlineNanos} (a {@link System#nanoTime()} value). */
    Watch watch(long deadlineNanos) {
        Thread dog = watchdog;
        if (dog == null) {
            dog = start();
        }
        Watch watch = new Watch(this, Thread.currentThread(), deadlineNanos, sequence.incrementAndGet());
        synchronized (watches) {
            watches.add(watch);
        }
        if (deadlineNanos - wakeAt < 0) {
            LockSupport.unpark(dog);
        }
        return watch;
    }

    private synchronized Thread start() {
        if (closed) {
            throw new IllegalStateException("agent " + name + " is closed");
        }
        if (watchdog == null) {
            Thread thread = new Thread(this::loop, "praxis-deadlines-" + name);
            thread.setDaemon(true);
            thread.start();
            watchdog = thread;
        }
        return watchdog;
    }

    /** Stops the watchdog thread; watches already registered no longer fire. */
    @Override
    public synchronized void close() {
        closed = true;
        if (watchdog != null) {
            watchdog.interrupt();
        }
    }

    private void loop() {
        while (!closed) {
            long now = System.nanoTime();
            Watch first = head();
            while (first != null && first.deadline - now <= 0) {
                remove(first);
                first.fire();
                first = head();
            }
            long next = first == null || first.deadline - (now + HEARTBEAT_NANOS) > 0 ? now + HEARTBEAT_NANOS
                    : first.deadline;
            wakeAt = next;
            // A watch added before wakeAt changed may not have unparked us: look again before sleeping.
            Watch again = head();
            if (again != null && again.deadline - next < 0) {
                continue;
            }
            LockSupport.parkNanos(this, next - now);
        }
    }

    private Watch head() {
        synchronized (watches) {
            return watches.peek();
        }
    }

    private void remove(Watch watch) {
        synchronized (watches) {
            watches.remove(watch);
        }
    }

    /** One watched call. */
    static final class Watch {
        private static final int ACTIVE = 0;
        private static final int CLOSED = 1;
        private static final int FIRED = 2;

        private final Deadlines owner;
        private final Thread thread;
        private final long deadline;
        private final long sequence;
        private int state = ACTIVE;

        private Watch(Deadlines owner, Thread thread, long deadline, long sequence) {
            this.owner = owner;
            this.thread = thread;
            this.deadline = deadline;
            this.sequence = sequence;
        }

        private synchronized void fire() {
            if (state == ACTIVE) {
                state = FIRED;
                thread.interrupt();
            }
        }

        /**
         * Ends the watch, on the watched thread. Returns true when the deadline passed first; the interrupt it
         * caused is then cleared, so the thread goes on uninterrupted.
         */
        boolean close() {
            synchronized (this) {
                if (state == FIRED) {
                    Thread.interrupted();
                    return true;
                }
                state = CLOSED;
            }
            owner.remove(this);
            return false;
        }
    }
}
