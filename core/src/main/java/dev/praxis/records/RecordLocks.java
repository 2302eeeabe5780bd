package dev.praxis.records;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * In-process locks for records, striped by a hash of kind and id: a fixed number of locks however many records
 * there are. Two records on one stripe merely take turns.
 */
final class RecordLocks {

    static final int STRIPES = 1_024;

    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    RecordLocks() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    /** The stripe of {@code kind}/{@code id}, in 0..{@link #STRIPES}-1. */
    static int stripe(String kind, String id) {
        return Math.floorMod(31 * kind.hashCode() + id.hashCode(), STRIPES);
    }

    <T> T with(String kind, String id, Supplier<T> work) {
        ReentrantLock lock = stripes[stripe(kind, id)];
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
