package dev.praxis.records;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.memory.store.StoreException;

import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A {@link RecordStore} in a directory: one sub-directory per kind, one JSON file per record
 * ({@code data/cart/^c1.json} for cart {@code C1}; upper-case letters are escaped so that case-insensitive file
 * systems keep {@code C1} and {@code c1} apart), holding the version with the document.
 *
 * <pre>{@code
 * RecordStore records = FileRecordStore.open(Path.of("data/records"));
 * }</pre>
 *
 * <p>Durability: a write goes to a temporary file, is forced to disk ({@code fsync}), renamed over the record's
 * file ({@code ATOMIC_MOVE}) and the directory is forced, all before {@code put} returns. A crash (even
 * {@code kill -9} or a power cut) leaves the previous version or the new one; a torn temporary file is never
 * renamed, and the next write of that record overwrites it. A record file that is not a whole record (damaged
 * outside the store) is refused with a {@link StoreException} naming it, never read as absent or overwritten.
 *
 * <p>Concurrency: each write holds the record's lock, an exclusive {@link java.nio.channels.FileLock} on a
 * per-record lock file ({@code .^c1.lock}) plus an in-process lock shared by every store on the same directory in
 * this JVM, so several processes may share one directory. Reads take no lock: a rename is atomic, so a reader sees
 * one whole version. {@link #update} holds the lock across read, change and write. Listing reads the kind's
 * directory, so it costs time in proportion to the number of records of that kind.
 */
public final class FileRecordStore implements RecordStore {

    /** One set of in-process locks per directory, so two store instances in one JVM take turns like two processes. */
    private static final Map<Path, RecordLocks> LOCKS = new ConcurrentHashMap<>();

    private final Path directory;
    private final RecordLocks locks;
    private final Clock clock;

    private FileRecordStore(Path directory, RecordLocks locks, Clock clock) {
        this.directory = directory;
        this.locks = locks;
        this.clock = clock;
    }

    /**
     * Opens (creating if needed) the store in {@code directory}.
     *
     * @param directory the store's directory
     * @return the store
     * @throws StoreException if the directory cannot be created
     */
    public static FileRecordStore open(Path directory) {
        return open(directory, Clock.systemUTC());
    }

    /**
     * Opens the store in {@code directory}, stamping writes with {@code clock}.
     *
     * @param directory the store's directory
     * @param clock stamps writes
     * @return the store
     */
    public static FileRecordStore open(Path directory, Clock clock) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(clock, "clock");
        try {
            Files.createDirectories(directory);
            Path real = directory.toRealPath();
            return new FileRecordStore(real, LOCKS.computeIfAbsent(real, d -> new RecordLocks()), clock);
        } catch (IOException e) {
            throw new StoreException("cannot open record directory " + directory + ": " + e, e);
        }
    }

    @Override
    public Optional<StoredRecord> get(String kind, String id) {
        RecordRules.kind(kind);
        RecordRules.id(id);
        return read(kind, id);
    }

    private Optional<StoredRecord> read(String kind, String id) {
        RecordFile file = RecordFile.read(directory.resolve(kind).resolve(RecordFileNames.record(id)), kind, id);
        return file.json() == null ? Optional.empty() : Optional.of(file.stored(kind, id));
    }

    @Override
    public StoredRecord put(String kind, String id, JsonNode doc, long expectedVersion) {
        RecordRules.kind(kind);
        RecordRules.id(id);
        RecordRules.version(expectedVersion);
        String json = RecordRules.json(kind, id, doc);
        return locked(kind, id, () -> write(kind, id, json, expectedVersion));
    }

    /** The compare-and-set; the caller holds the record's locks. */
    private StoredRecord write(String kind, String id, String json, long expectedVersion) {
        Path kindDirectory = directory.resolve(kind);
        RecordFile current = RecordFile.read(kindDirectory.resolve(RecordFileNames.record(id)), kind, id);
        if (current.live() != expectedVersion) {
            throw new RecordConflictException(kind, id, expectedVersion, current.live());
        }
        RecordFile next = new RecordFile(current.version() + 1, json, RecordRules.now(clock));
        try {
            next.write(kindDirectory, kind, id);
        } catch (IOException e) {
            throw new StoreException("cannot write " + kind + " '" + id + "' in " + kindDirectory + ": " + e, e);
        }
        return next.stored(kind, id);
    }

    @Override
    public List<StoredRecord> list(String kind, String afterId, int limit) {
        RecordRules.kind(kind);
        RecordRules.afterId(afterId);
        RecordRules.limit(limit);
        List<StoredRecord> page = new ArrayList<>();
        for (String id : idsAfter(kind, afterId)) {
            read(kind, id).ifPresent(page::add);
            if (page.size() == limit) {
                break;
            }
        }
        return List.copyOf(page);
    }

    private List<String> idsAfter(String kind, String afterId) {
        try (Stream<Path> files = Files.list(directory.resolve(kind))) {
            return files.map(file -> RecordFileNames.id(file.getFileName().toString()))
                    .flatMap(Optional::stream)
                    .filter(id -> id.compareTo(afterId) > 0)
                    .sorted()
                    .toList();
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new StoreException("cannot list " + kind + " records in " + directory + ": " + e, e);
        }
    }

    @Override
    public boolean delete(String kind, String id, long expectedVersion) {
        RecordRules.kind(kind);
        RecordRules.id(id);
        RecordRules.version(expectedVersion);
        return locked(kind, id, () -> {
            Path kindDirectory = directory.resolve(kind);
            RecordFile current = RecordFile.read(kindDirectory.resolve(RecordFileNames.record(id)), kind, id);
            if (current.live() == 0) {
                return false;
            }
            if (current.live() != expectedVersion) {
                throw new RecordConflictException(kind, id, expectedVersion, current.live());
            }
            try {
                new RecordFile(current.version() + 1, null, RecordRules.now(clock)).write(kindDirectory, kind, id);
            } catch (IOException e) {
                throw new StoreException("cannot delete " + kind + " '" + id + "' in " + kindDirectory + ": " + e, e);
            }
            return true;
        });
    }

    @Override
    public <T> T update(String kind, String id, Class<T> type, Supplier<? extends T> initial, UnaryOperator<T> change) {
        RecordRules.kind(kind);
        RecordRules.id(id);
        return locked(kind, id, () -> RecordUpdates.apply(new RecordUpdates.Access() {
            @Override
            public Optional<StoredRecord> read(String k, String i) {
                return FileRecordStore.this.read(k, i);
            }

            @Override
            public StoredRecord write(String k, String i, JsonNode doc, long expectedVersion) {
                return FileRecordStore.this.write(k, i, RecordRules.json(k, i, doc), expectedVersion);
            }
        }, kind, id, type, initial, change));
    }

    /**
     * Runs {@code work} holding the record's in-process lock and its file lock. The lock file is opened for each
     * hold and closed after: closing a file drops every lock this process holds on it, and only this hold has one.
     */
    private <T> T locked(String kind, String id, Supplier<T> work) {
        return locks.with(kind, id, () -> {
            Path kindDirectory = kindDirectory(kind);
            Path lockFile = kindDirectory.resolve(RecordFileNames.lock(id));
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                channel.lock(); // released when the channel closes
                return work.get();
            } catch (ClosedByInterruptException e) {
                Thread.currentThread().interrupt();
                throw new StoreException("interrupted while waiting for the lock of " + kind + " '" + id
                        + "'; nothing was written", e);
            } catch (IOException e) {
                throw new StoreException("cannot lock " + kind + " '" + id + "' (" + lockFile + "): " + e, e);
            }
        });
    }

    private Path kindDirectory(String kind) {
        Path kindDirectory = directory.resolve(kind);
        if (!Files.isDirectory(kindDirectory)) {
            try {
                Files.createDirectories(kindDirectory);
            } catch (IOException e) {
                throw new StoreException("cannot create " + kindDirectory + ": " + e, e);
            }
            syncDirectory(directory);
        }
        return kindDirectory;
    }

    /** Makes directory entries durable: a new or renamed file survives a crash only once its directory is synced. */
    static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some platforms (Windows) cannot open a directory; there the rename itself is the best we get.
        }
    }
}
