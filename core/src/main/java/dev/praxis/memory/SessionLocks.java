package dev.praxis.memory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One lock per session that is in use, dropped when its last user leaves (so idle sessions cost no heap). Also
 * remembers, for the thread inside a turn, the version of the history it read, so that the turn's append fails
 * if another process appended in between.
 */
final class SessionLocks {

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    <T> T withLock(String sessionId, Supplier<T> work) {
        Entry entry = entries.compute(sessionId, (id, existing) -> {
            Entry e = existing == null ? new Entry() : existing;
            e.users++;
            return e;
        });
        entry.lock.lock();
        try {
            return work.get();
        } finally {
            if (entry.lock.getHoldCount() == 1) {
                entry.observedVersion = -1;
            }
            entry.lock.unlock();
            entries.computeIfPresent(sessionId, (id, e) -> --e.users == 0 ? null : e);
        }
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
