package dev.praxis.model;

import java.time.Duration;

/**
 * The time limits of one exchange that socket timeouts cannot express: the whole call ({@link HttpLimits#callTimeout})
 * and sending the request ({@link HttpLimits#writeTimeout}; a blocking socket write has no timeout of its own). The
 * transport's {@link DeadlineWatch} checks it on every tick and aborts the exchange (closing its connection, which ends
 * a blocked read or write) when either has run out; {@link #expired()} then says which.
 */
final class CallDeadline {

    private final DeadlineWatch watch;
    private final Runnable abort;
    private final Duration callTimeout;
    private final Duration writeTimeout;
    private final long callDeadline;
    private volatile long writeStart;
    private volatile boolean writing;
    private volatile String expired;
    private boolean finished;

    CallDeadline(DeadlineWatch watch, Runnable abort, Duration callTimeout, Duration writeTimeout) {
        this.watch = watch;
        this.abort = abort;
        this.callTimeout = callTimeout;
        this.writeTimeout = writeTimeout;
        this.callDeadline = System.nanoTime() + callTimeout.toNanos();
    }

    /** The request is being sent from now on. */
    void writing() {
        writeStart = System.nanoTime();
        writing = true;
    }

    /** The request has been sent. */
    void written() {
        writing = false;
    }

    /** The call is over; nothing will be aborted any more. */
    void finish() {
        synchronized (this) {
            finished = true;
        }
        watch.remove(this);
    }

    /** What ran out, when the call was aborted for time; null otherwise. */
    String expired() {
        return expired;
    }

    /** Aborts the call if one of its limits has run out at {@code now} ({@link System#nanoTime()}). */
    void check(long now) {
        if (now - callDeadline >= 0) {
            expire("no complete response within the call timeout of " + callTimeout.toMillis()
                    + " ms (HttpLimits.callTimeout)");
        } else if (writing && now - writeStart - writeTimeout.toNanos() >= 0) {
            expire("the request was not sent within the write timeout of " + writeTimeout.toMillis()
                    + " ms (HttpLimits.writeTimeout)");
        }
    }

    private void expire(String what) {
        synchronized (this) {
            if (finished || expired != null) {
                return;
            }
            expired = what;
        }
        abort.run();
    }
}
