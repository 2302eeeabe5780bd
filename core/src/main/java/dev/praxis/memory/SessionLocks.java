package dev.praxis.memory;

import dev.praxis.memory.store.SessionBusyException;
import dev.praxis.memory.store.SessionLease;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * One lock per session that is in use, dropped when its last user leaves (so idle sessions cost no heap), and
 * the store's lease taken by the outermost holder, so threads of one process queue here and only one of them
 * per session waits on (and holds) the store's lease. Also remembers, for the thread inside a turn, the version of
 * the history it read, so that the turn's append fails if anyone appended in between.
 */
final class SessionLocks {

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /**
     * Runs {@code work} holding the session's lock and, unless this thread holds it already, the lease from
     * {@code leases}; waits at most {@code maxWait} for both together.
     *
     * @throws SessionBusyException if the session stayed held for {@code maxWait}; {@code work} did not run
     */
    <T> T withLock(String sessionId, Duration maxWait, BiFunction<String, Duration, SessionLease> leases,
            Supplier<T> work) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        Entry entry = entries.compute(sessionId, (id, existing) -> {
            Entry e = existing == null ? new Entry() : existing;
            e.users++;
            return e;
        });
        try {
            lock(entry, sessionId, maxWait);
            try {
                if (entry.lock.getHoldCount() > 1) {
                    return work.get();
                }
                SessionLease lease = leases.apply(sessionId, remaining(deadline));
                try {
                    return work.get();
                } finally {
                    entry.observedVersion = -1;
                    lease.close();
                }
            } finally {
                entry.lock.unlock();
            }
        } finally {
            entries.computeIfPresent(sessionId, (id, e) -> --e.users == 0 ? null : e);
        }
    }

    private static void lock(Entry entry, String sessionId, Duration maxWait) {
        // A free lock is taken even by an interrupted thread (the turn then sees the interrupt and cancels itself);
        // only waiting for a held one answers to interrupts.
        if (entry.lock.tryLock()) {
            return;
        }
        try {
            if (!entry.lock.tryLock(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new SessionBusyException(sessionId, maxWait, null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SessionBusyException(sessionId, maxWait, e);
        }
    }

    private static Duration remaining(long deadline) {
        return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }

    /** Records the version read by the turn the current thread runs on {@code sessionId}, if any. */
    void observed(String sessionId, long version) {
        Entry entry = heldByCurrentThread(sessionId);
        if (entry != null) {
            entry.observedVersion = version;
        }
    }

    /** The version last read or written by the current thread's turn on {@code sessionId}; -1 outside a turn. */
    long observedVersion(String sessionId) {
        Entry entry = heldByCurrentThread(sessionId);
        return entry == null ? -1 : entry.observedVersion;
    }

    private Entry heldByCurrentThread(String sessionId) {
        Entry entry = entries.get(sessionId);
        return entry != null && entry.lock.isHeldByCurrentThread() ? entry : null;
    }

    /** Guarded by {@code entries.compute} (users) and by {@code lock} (observedVersion). */
    private static final class Entry {
        final ReentrantLock lock = new ReentrantLock();
        int users;
        long observedVersion = -1;
    }
}
