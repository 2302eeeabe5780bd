package dev.praxis.memory.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Exclusive locks on one byte of a session's lock file, held across processes with {@link FileChannel#tryLock}
 * and across the threads of this JVM with a semaphore per byte.
 *
 * <p>Why one registry per JVM: file locks belong to the process, not to a channel. Locking a byte a second time
 * through another channel of the same JVM throws {@link OverlappingFileLockException}, and on POSIX systems closing
 * <em>any</em> channel to the file drops every lock the process holds on it. So every user of a lock file in this
 * JVM (every store instance on the directory) shares one channel, opened while someone uses it and closed only when
 * nobody holds or waits for a lock on it. Only {@code tryLock} and {@code release} touch that channel; neither is
 * interruptible, so an interrupted thread cannot close it under the other holders.
 *
 * <p>A process that dies (even by {@code kill -9}) loses its locks at once: the operating system drops them.
 */
final class LockFiles {

    /** The two bytes of a lock file: one held for a whole turn, one for a single read or write of the log. */
    enum Range {
        /** Held by a {@link SessionLease}, from before a turn reads its history until after it appends. */
        LEASE(0),
        /** Held for one operation on the log: writers and readers never see another's half-done write. */
        LOG(1);

        final long position;

        Range(long position) {
            this.position = position;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(LockFiles.class);
    private static final long FIRST_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    private static final long LONGEST_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
    private static final Map<Path, Entry> OPEN = new ConcurrentHashMap<>();

    private LockFiles() {
    }

    /**
     * Takes {@code range} of {@code file}, waiting at most {@code maxWait}; a free lock is taken even by an
     * interrupted thread, and only waiting answers to interrupts.
     *
     * @return the held lock, or empty if another holder kept it for {@code maxWait}
     * @throws InterruptedException if interrupted while waiting; nothing is held
     */
    static Optional<Held> take(Path file, Range range, Duration maxWait) throws InterruptedException {
        return attempt(file, range, maxWait, true);
    }

    /**
     * As {@link #take}, but an interrupt does not stop the wait (it is restored afterwards): the short operations
     * under {@link Range#LOG} finish even in a turn that is being cancelled, so a cancelled turn is still stored.
     */
    static Optional<Held> takeUninterruptibly(Path file, Range range, Duration maxWait) {
        try {
            return attempt(file, range, maxWait, false);
        } catch (InterruptedException e) {
            throw new IllegalStateException("an uninterruptible wait was interrupted", e);
        }
    }

    private static Optional<Held> attempt(Path file, Range range, Duration maxWait, boolean interruptible)
            throws InterruptedException {
        long deadline = System.nanoTime() + maxWait.toNanos();
        Pauses pauses = new Pauses(interruptible);
        Entry entry = join(file);
        boolean held = false;
        try {
            Semaphore slot = entry.slots[range.ordinal()];
            if (!pauses.acquire(slot, deadline)) {
                return Optional.empty();
            }
            try {
                FileLock lock = lockWithin(entry.channel, range, deadline, pauses);
                if (lock == null) {
                    return Optional.empty();
                }
                held = true;
                return Optional.of(new Held(file, entry, range, lock));
            } finally {
                if (!held) {
                    slot.release();
                }
            }
        } finally {
            if (!held) {
                leave(file, entry);
            }
            pauses.restoreInterrupt();
        }
    }

    private static FileLock lockWithin(FileChannel channel, Range range, long deadline, Pauses pauses)
            throws InterruptedException {
        while (true) {
            FileLock lock = tryLock(channel, range);
            if (lock != null) {
                return lock;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            pauses.pause(left);
        }
    }

    private static FileLock tryLock(FileChannel channel, Range range) {
        try {
            return channel.tryLock(range.position, 1, false);
        } catch (OverlappingFileLockException e) {
            // Someone in this JVM locked the file outside this registry: treat it as any other holder.
            return null;
        } catch (IOException e) {
            throw new StoreException("cannot lock " + range + " of a session lock file", e);
        }
    }

    private static Entry join(Path file) {
        try {
            return OPEN.compute(file, (path, existing) -> {
                Entry entry = existing != null ? existing : new Entry(open(path));
                entry.users++;
                return entry;
            });
        } catch (UncheckedIOException e) {
            throw new StoreException("cannot open session lock file " + file, e.getCause());
        }
    }

    private static FileChannel open(Path file) {
        try {
            return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void leave(Path file, Entry entry) {
        OPEN.computeIfPresent(file, (path, current) -> {
            if (current != entry || --current.users > 0) {
                return current;
            }
            try {
                current.channel.close();
            } catch (IOException e) {
                LOG.warn("cannot close session lock file {}: {}", file, e.getMessage());
            }
            return null;
        });
    }

    /** One lock file in use in this JVM; {@code users} (holders and waiters) is guarded by {@code OPEN.compute}. */
    private static final class Entry {
        final FileChannel channel;
        final Semaphore[] slots = {new Semaphore(1), new Semaphore(1)};
        int users;

        Entry(FileChannel channel) {
            this.channel = channel;
        }
    }

    /** A held range; {@link #close()} releases it once, from any thread. */
    static final class Held implements AutoCloseable {
        private final Path file;
        private final Entry entry;
        private final Range range;
        private final FileLock lock;
        private final AtomicBoolean released = new AtomicBoolean();

        private Held(Path file, Entry entry, Range range, FileLock lock) {
            this.file = file;
            this.entry = entry;
            this.range = range;
            this.lock = lock;
        }

        @Override
        public void close() {
            if (!released.compareAndSet(false, true)) {
                return;
            }
            try {
                lock.release();
            } catch (IOException e) {
                // The channel is gone; closing it (below, by the last user) drops the lock at the latest.
                LOG.warn("cannot release {} of {}: {}", range, file, e.getMessage());
            } finally {
                entry.slots[range.ordinal()].release();
                leave(file, entry);
            }
        }
    }

    /** Waits with a growing pause (1 ms doubling to 20 ms), optionally deferring interrupts until the end. */
    private static final class Pauses {
        private final boolean interruptible;
        private long next = FIRST_PAUSE_NANOS;
        private boolean interrupted;

        Pauses(boolean interruptible) {
            this.interruptible = interruptible;
        }

        boolean acquire(Semaphore slot, long deadline) throws InterruptedException {
            if (slot.tryAcquire()) {
                return true;
            }
            while (true) {
                try {
                    return slot.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    onInterrupt(e);
                }
            }
        }

        void pause(long left) throws InterruptedException {
            long nanos = Math.min(next, left);
            next = Math.min(next * 2, LONGEST_PAUSE_NANOS);
            try {
                TimeUnit.NANOSECONDS.sleep(nanos);
            } catch (InterruptedException e) {
                onInterrupt(e);
            }
        }

        private void onInterrupt(InterruptedException e) throws InterruptedException {
            if (interruptible) {
                throw e;
            }
            interrupted = true;
        }

        void restoreInterrupt() {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
