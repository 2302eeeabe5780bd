package dev.praxis.memory.store;

import dev.langchain4j.data.message.ChatMessage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The embedded persistent {@link ConversationStore}: no server, one append-only log file per session under a
 * data directory. Every append is one checksummed record, forced to disk ({@code fsync}) before it is
 * acknowledged, so a process killed with {@code kill -9} loses nothing it acknowledged; a torn record at the end
 * of a file is dropped when the session is next opened. Logs are compacted (rewritten to a temporary file, then
 * renamed over the old one with {@code ATOMIC_MOVE}) when state updates pile up, or on {@link #compact(String)}.
 *
 * <pre>{@code
 * try (FileConversationStore store = FileConversationStore.open(Path.of("data/conversations"))) {
 *     ConversationMemory memory = StoredConversationMemory.of(store, HistoryPolicy.lastMessages(40));
 *     ...
 * }
 * }</pre>
 *
 * One process owns a data directory at a time (a lock file enforces it); several application instances that
 * share sessions need {@link JdbcConversationStore} on PostgreSQL.
 */
public final class FileConversationStore implements ConversationStore, AutoCloseable {

    static final String TEMP_SUFFIX = ".tmp";
    private static final String LOG_SUFFIX = ".log";
    private static final int MAX_PLAIN_NAME = 200;

    private final Path directory;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Map<String, SessionLog> logs = new ConcurrentHashMap<>();

    private FileConversationStore(Path directory, FileChannel lockChannel, FileLock lock) {
        this.directory = directory;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Opens (creating if needed) the store in {@code directory}, removing leftovers of an interrupted compaction.
     *
     * @throws StoreException if the directory cannot be created or another store holds it
     */
    public static FileConversationStore open(Path directory) {
        Objects.requireNonNull(directory, "directory");
        try {
            Files.createDirectories(directory);
            FileChannel channel = FileChannel.open(directory.resolve("lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new StoreException("data directory " + directory + " is in use by another FileConversationStore");
            }
            deleteTemporaryFiles(directory);
            return new FileConversationStore(directory, channel, lock);
        } catch (IOException e) {
            throw new StoreException("cannot open data directory " + directory, e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static void deleteTemporaryFiles(Path directory) throws IOException {
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(directory, "*" + TEMP_SUFFIX)) {
            for (Path temp : temps) {
                Files.deleteIfExists(temp);
            }
        }
    }

    @Override
    public StoredConversation load(String sessionId) {
        SessionLog log = log(sessionId);
        synchronized (log) {
            return log.load();
        }
    }

    @Override
    public long append(String sessionId, long expectedVersion, List<ChatMessage> messages) {
        SessionIds.checkVersion(expectedVersion);
        List<ChatMessage> batch = List.copyOf(messages);
        SessionLog log = log(sessionId);
        synchronized (log) {
            return log.append(expectedVersion, batch);
        }
    }

    @Override
    public long version(String sessionId) {
        SessionLog log = log(sessionId);
        synchronized (log) {
            return log.version();
        }
    }

    @Override
    public Map<String, String> state(String sessionId) {
        SessionLog log = log(sessionId);
        synchronized (log) {
            return log.state();
        }
    }

    @Override
    public void putState(String sessionId, String key, String json) {
        SessionIds.checkKey(key);
        Objects.requireNonNull(json, "json");
        SessionLog log = log(sessionId);
        synchronized (log) {
            log.putState(key, json);
        }
    }

    @Override
    public void removeState(String sessionId, String key) {
        SessionIds.checkKey(key);
        SessionLog log = log(sessionId);
        synchronized (log) {
            log.removeState(key);
        }
    }

    @Override
    public void delete(String sessionId) {
        SessionLog log = log(sessionId);
        synchronized (log) {
            log.delete();
        }
    }

    /** Rewrites the session's log compactly; readers and writers wait, nothing is lost if the process dies. */
    public void compact(String sessionId) {
        SessionLog log = log(sessionId);
        synchronized (log) {
            log.compact();
        }
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
        SessionLog log = log(sessionId);
        synchronized (log) {
            return log.holdsData();
        }
    }

    /** Releases the data directory so another store (or process) may open it. */
    @Override
    public void close() {
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            throw new StoreException("cannot release data directory " + directory, e);
        }
    }

    private SessionLog log(String sessionId) {
        SessionIds.check(sessionId);
        if (!lock.isValid()) {
            throw new IllegalStateException("store for " + directory + " is closed");
        }
        return logs.computeIfAbsent(sessionId, id -> new SessionLog(id, directory.resolve(fileName(id))));
    }

    /** Base64url of the id when short enough for every file system, else a SHA-256 (the id is in the file). */
    private static String fileName(String sessionId) {
        String plain = Base64.getUrlEncoder().withoutPadding().encodeToString(sessionId.getBytes(StandardCharsets.UTF_8));
        return (plain.length() <= MAX_PLAIN_NAME ? "b" + plain : "h" + sha256(sessionId)) + LOG_SUFFIX;
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
