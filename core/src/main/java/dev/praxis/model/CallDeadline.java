package dev.praxis.model;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The time limits of one exchange that socket timeouts cannot express: the whole call ({@link HttpLimits#callTimeout})
 * and sending the request ({@link HttpLimits#writeTimeout}; a blocking socket write has no timeout of its own). One
 * task on the transport's timer watches both and aborts the exchange (closing its connection, which ends a blocked
 * read or write) when either runs out; {@link #expired()} then says which. A call that ends in time costs one
 * schedule and one cancel.
 */
final class CallDeadline implements Runnable {

    private final ScheduledExecutorService timer;
    private final Runnable abort;
    private final Duration callTimeout;
    private final Duration writeTimeout;
    private final long callDeadline;
    private volatile long writeStart;
    private volatile boolean writing;
    private volatile boolean sent;
    private volatile String expired;
    private boolean finished;
    private ScheduledFuture<?> next;

    private CallDeadline(ScheduledExecutorService timer, Runnable abort, Duration callTimeout, Duration writeTimeout) {
        this.timer = timer;
        this.abort = abort;
        this.callTimeout = callTimeout;
        this.writeTimeout = writeTimeout;
        this.callDeadline = System.nanoTime() + callTimeout.toNanos();
    }

    /** Starts watching a call that {@code abort} cancels. */
    static CallDeadline start(ScheduledExecutorService timer, Runnable abort, Duration callTimeout,
                              Duration writeTimeout) {
        CallDeadline deadline = new CallDeadline(timer, abort, callTimeout, writeTimeout);
        deadline.scheduleIn(Math.min(callTimeout.toNanos(), writeTimeout.toNanos()));
        return deadline;
    }

    /** The request is being sent from now on. */
    void writing() {
        writeStart = System.nanoTime();
        sent = false;
        writing = true;
    }

    /** The request has been sent. */
    void written() {
        sent = true;
        writing = false;
    }

    /** The call is over; nothing will be aborted any more. */
    synchronized void finish() {
        finished = true;
        if (next != null) {
            next.cancel(false);
        }
    }

    /** What ran out, when the call was aborted for time; null otherwise. */
    String expired() {
        return expired;
    }

    @Override
    public void run() {
        long now = System.nanoTime();
        if (now - callDeadline >= 0) {
            expire("no complete response within the call timeout of " + callTimeout.toMillis()
                    + " ms (HttpLimits.callTimeout)");
            return;
        }
        long wake = callDeadline;
        if (writing) {
            long writeDeadline = writeStart + writeTimeout.toNanos();
            if (now - writeDeadline >= 0) {
                expire("the request was not sent within the write timeout of " + writeTimeout.toMillis()
                        + " ms (HttpLimits.writeTimeout)");
                return;
            }
            wake = Math.min(wake, writeDeadline);
        } else if (!sent) {
            // not sending yet (waiting for a connection, which has its own timeout): look again later
            wake = Math.min(wake, now + writeTimeout.toNanos());
        }
        scheduleIn(wake - now);
    }

    private void expire(String what) {
        synchronized (this) {
            if (finished) {
                return;
            }
            expired = what;
        }
        abort.run();
    }

    private synchronized void scheduleIn(long nanos) {
        if (!finished) {
            next = timer.schedule(this, Math.max(nanos, 1), TimeUnit.NANOSECONDS);
        }
    }
}
