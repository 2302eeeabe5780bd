package dev.praxis.memory.store;

import dev.langchain4j.data.message.ChatMessage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The embedded persistent {@link ConversationStore}: no server, one append-only log file per session under a
 * data directory. Every append is one checksummed record, forced to disk ({@code fsync}) before it is
 * acknowledged, so a process killed with {@code kill -9} loses nothing it acknowledged; a torn record at the end
 * of a file is dropped when the session is next used. Logs are compacted (rewritten to a temporary file, then
 * renamed over the old one with {@code ATOMIC_MOVE}) when state updates pile up, or on {@link #compact(String)}.
 *
 * <pre>{@code
 * try (FileConversationStore store = FileConversationStore.open(Path.of("data/conversations"))) {
 *     ConversationMemory memory = StoredConversationMemory.of(store, HistoryPolicy.lastMessages(40));
 *     ...
 * }
 * }</pre>
 *
 * <p><b>Many processes, one directory.</b> Any number of processes (and store instances) may open the same
 * directory at once. Each session has a lock file beside its log ({@code <name>.lock}) with two locks on it, taken
 * with {@link FileChannel#tryLock} so the operating system releases them when a process dies:
 * <ul>
 *   <li>its {@linkplain #lease lease}, held by a turn from before it reads the history until after it appends:
 *       turns on one session take turns across processes, turns on different sessions run in parallel;</li>
 *   <li>a short lock held for each single operation (a load, an append, a state update, a compaction), so no
 *       operation reads another's half-written record, and appends outside any turn are safe too.</li>
 * </ul>
 * Each operation first reads what other processes appended since it last looked (only the new bytes, or the
 * whole file if another process compacted or deleted it). Lock files are never deleted: removing one while
 * another process holds it would let a third process lock a new file of the same name.
 */
public final class FileConversationStore implements ConversationStore, AutoCloseable {

    static final String TEMP_SUFFIX = ".tmp";
    private static final String LOG_SUFFIX = ".log";
    static final String LOCK_SUFFIX = ".lock";
    private static final int MAX_PLAIN_NAME = 200;
    /** How long one operation waits for another process's operation on the same log (a write and an fsync). */
    private static final Duration OPERATION_WAIT = Duration.ofSeconds(30);

    private final Path directory;
    private final Map<String, SessionLog> logs = new ConcurrentHashMap<>();
    private volatile boolean closed;

    private FileConversationStore(Path directory) {
        this.directory = directory;
    }

    /**
     * Opens (creating if needed) the store in {@code directory}, removing leftovers of compactions interrupted by a
     * crash. Other processes may have the same directory open.
     *
     * @param directory the store's directory
     * @return the store
     * @throws StoreException if the directory cannot be created or read
     */
    public static FileConversationStore open(Path directory) {
        Objects.requireNonNull(directory, "directory");
        try {
            Files.createDirectories(directory);
            deleteTemporaryFiles(directory);
            return new FileConversationStore(directory);
        } catch (IOException e) {
            throw new StoreException("cannot open data directory " + directory, e);
        }
    }

    /** Deletes a compaction's temporary file only if its session is idle: another process may be writing it. */
    private static void deleteTemporaryFiles(Path directory) throws IOException {
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(directory, "*" + LOG_SUFFIX + TEMP_SUFFIX)) {
            for (Path temp : temps) {
                Optional<LockFiles.Held> idle = LockFiles.takeUninterruptibly(SessionLog.lockFileOf(temp),
                        LockFiles.Range.LOG, Duration.ZERO);
                if (idle.isPresent()) {
                    try {
                        Files.deleteIfExists(temp);
                    } finally {
                        idle.get().close();
                    }
                }
            }
        }
    }

    @Override
    public StoredConversation load(String sessionId) {
        return withLog(sessionId, SessionLog::load);
    }

    @Override
    public long append(String sessionId, long expectedVersion, List<ChatMessage> messages) {
        SessionIds.checkVersion(expectedVersion);
        List<ChatMessage> batch = List.copyOf(messages);
        return withLog(sessionId, log -> log.append(expectedVersion, batch));
    }

    /**
     * Takes the session's lease in every process on this directory: a lock on the session's lock file, polled
     * (1 ms, doubling up to 20 ms) until it is free or {@code maxWait} has passed. A free session is taken even by
     * an interrupted thread; a waiting one stops on interrupt with a {@link SessionBusyException}.
     */
    @Override
    public SessionLease lease(String sessionId, Duration maxWait) {
        Objects.requireNonNull(maxWait, "maxWait");
        if (maxWait.isNegative()) {
            throw new IllegalArgumentException("maxWait must be >= 0, got " + maxWait);
        }
        Path lockFile = log(sessionId).lockFile();
        try {
            LockFiles.Held held = LockFiles.take(lockFile, LockFiles.Range.LEASE, maxWait)
                    .orElseThrow(() -> new SessionBusyException(sessionId, maxWait, null));
            return held::close;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SessionBusyException(sessionId, maxWait, e);
        }
    }

    @Override
    public long version(String sessionId) {
        return withLog(sessionId, SessionLog::version);
    }

    @Override
    public Map<String, String> state(String sessionId) {
        return withLog(sessionId, SessionLog::state);
    }

    @Override
    public void putState(String sessionId, String key, String json) {
        SessionIds.checkKey(key);
        Objects.requireNonNull(json, "json");
        withLog(sessionId, log -> {
            log.putState(key, json);
            return null;
        });
    }

    @Override
    public void removeState(String sessionId, String key) {
        SessionIds.checkKey(key);
        withLog(sessionId, log -> {
            log.removeState(key);
            return null;
        });
    }

    @Override
    public void delete(String sessionId) {
        withLog(sessionId, log -> {
            log.delete();
            return null;
        });
    }

    /**
     * Rewrites the session's log compactly; readers and writers wait, nothing is lost if the process dies.
     *
     * @param sessionId the session
     */
    public void compact(String sessionId) {
        withLog(sessionId, log -> {
            log.compact();
            return null;
        });
    }

    @Override
    public List<String> sessions() {
        List<String> ids = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + LOG_SUFFIX)) {
            for (Path file : files) {
                String id = sessionIdOf(file);
                if (id != null && holdsData(id)) {
                    ids.add(id);
                }
            }
        } catch (IOException e) {
            throw new StoreException("cannot list data directory " + directory, e);
        }
        return ids;
    }

    private boolean holdsData(String sessionId) {
        return withLog(sessionId, SessionLog::holdsData);
    }

    /**
     * Stops this instance; its sessions' files stay for other instances and processes. A lease still held is
     * released by its own {@code close}.
     */
    @Override
    public void close() {
        closed = true;
    }

    /** Runs one operation on the session's log holding its operation lock, after reading what others appended. */
    private <T> T withLog(String sessionId, Function<SessionLog, T> operation) {
        SessionLog log = log(sessionId);
        LockFiles.Held held = LockFiles.takeUninterruptibly(log.lockFile(), LockFiles.Range.LOG, OPERATION_WAIT)
                .orElseThrow(() -> new StoreException("session log of '" + sessionId + "' stayed locked by another"
                        + " operation for more than " + OPERATION_WAIT.toSeconds() + " s"));
        try (held) {
            log.refresh();
            return operation.apply(log);
        }
    }

    private SessionLog log(String sessionId) {
        SessionIds.check(sessionId);
        if (closed) {
            throw new IllegalStateException("store for " + directory + " is closed");
        }
        return logs.computeIfAbsent(sessionId, id -> new SessionLog(id, directory.resolve(fileStem(id) + LOG_SUFFIX)));
    }

    /** Base64url of the id when short enough for every file system, else a SHA-256 (the id is in the file). */
    private static String fileStem(String sessionId) {
        String plain = Base64.getUrlEncoder().withoutPadding().encodeToString(sessionId.getBytes(StandardCharsets.UTF_8));
        return plain.length() <= MAX_PLAIN_NAME ? "b" + plain : "h" + sha256(sessionId);
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private String sessionIdOf(Path file) throws IOException {
        String name = file.getFileName().toString();
        String stem = name.substring(1, name.length() - LOG_SUFFIX.length());
        if (name.startsWith("b")) {
            return new String(Base64.getUrlDecoder().decode(stem), StandardCharsets.UTF_8);
        }
        return name.startsWith("h") ? LogRecords.scan(Files.readAllBytes(file), false).sessionId : null;
    }
}
