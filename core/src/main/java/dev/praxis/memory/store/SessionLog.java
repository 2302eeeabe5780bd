package dev.praxis.memory.store;

import dev.langchain4j.data.message.ChatMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One session's log file and what this process last saw of it: the valid size, the version and the state.
 * Other processes append to the same file, so every call starts with {@link #refresh()}, which reads what they
 * added (only the new bytes, when the file is the same one, grown) and truncates a tail torn by a crash. Callers
 * hold the session's {@link LockFiles.Range#LOG} lock for every call, so nobody writes while the file is read and a
 * tail that does not parse can only be a crash's leftover. Writes go to the end of the valid part and are forced
 * to disk before the call returns.
 */
final class SessionLog {

    private static final Logger LOG = LoggerFactory.getLogger(SessionLog.class);
    private static final int COMPACT_AFTER_STATE_RECORDS = 256;

    private final String sessionId;
    private final Path file;
    /** What identifies the file on disk (device and inode on Unix); a compaction or a delete changes it. */
    private Object fileKey;
    private boolean known;
    // What is known, in plain fields rather than a Scan: the store keeps one of these per session ever touched.
    private long validSize;
    private long lastRecordStart = -1;
    private long lastRecordHeader;
    private long version;
    private int stateRecords;
    private Map<String, String> state = Map.of();

    SessionLog(String sessionId, Path file) {
        this.sessionId = sessionId;
        this.file = file;
    }

    /**
     * The file whose locks guard this log ({@code <name>.lock} beside {@code <name>.log}): its
     * {@link LockFiles.Range#LOG} for each call, its lease for turns. Derived on each use rather than kept, since
     * the store keeps one SessionLog per session ever touched.
     */
    Path lockFile() {
        return lockFileOf(file);
    }

    /** The lock file of the log (or compaction temporary file) {@code logOrTemp}. */
    static Path lockFileOf(Path logOrTemp) {
        String name = logOrTemp.getFileName().toString();
        return logOrTemp.resolveSibling(name.substring(0, name.indexOf('.')) + FileConversationStore.LOCK_SUFFIX);
    }

    /**
     * Brings what is known up to date with the file: nothing to read if it is unchanged, its new records if it is
     * the same file grown, all of it if another process replaced (compacted), deleted or recreated it.
     */
    void refresh() {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            forget(null);
            return;
        } catch (IOException e) {
            throw new StoreException("cannot read session log " + file, e);
        }
        long size = attributes.size();
        boolean sameFile = known && validSize > 0 && Objects.equals(fileKey, attributes.fileKey())
                && size >= validSize && lastRecordUnchanged();
        if (sameFile) {
            if (size > validSize) {
                readAppended(size);
            }
            return;
        }
        forget(attributes.fileKey());
        if (size > 0) {
            readAppended(size);
        }
    }

    long version() {
        return version;
    }

    Map<String, String> state() {
        return state;
    }

    boolean holdsData() {
        return version > 0 || !state.isEmpty();
    }

    StoredConversation load() {
        if (validSize == 0) {
            return StoredConversation.empty();
        }
        LogRecords.Scan scan = LogRecords.scan(read(0, validSize), true);
        return new StoredConversation(scan.messages, scan.version, scan.state);
    }

    long append(long expectedVersion, List<ChatMessage> messages) {
        if (version != expectedVersion) {
            throw new VersionConflictException(sessionId, expectedVersion, version);
        }
        if (!messages.isEmpty()) {
            write(LogRecords.messages(messages));
            version += messages.size();
        }
        return version;
    }

    void putState(String key, String json) {
        write(LogRecords.statePut(key, json));
        Map<String, String> next = new HashMap<>(state);
        next.put(key, json);
        state = Map.copyOf(next);
        afterStateRecord();
    }

    void removeState(String key) {
        if (!state.containsKey(key)) {
            return;
        }
        write(LogRecords.stateRemove(key));
        Map<String, String> next = new HashMap<>(state);
        next.remove(key);
        state = Map.copyOf(next);
        afterStateRecord();
    }

    void delete() {
        try {
            Files.deleteIfExists(file);
            Durability.syncDirectory(file.getParent());
        } catch (IOException e) {
            throw new StoreException("cannot delete session log " + file, e);
        }
        forget(null);
    }

    /** Rewrites the log as one messages record plus the live state, replacing the old file atomically. */
    void compact() {
        if (validSize == 0) {
            return;
        }
        StoredConversation current = load();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] last = LogRecords.session(sessionId);
        out.writeBytes(last);
        last = LogRecords.messages(current.messages());
        long lastStart = out.size();
        out.writeBytes(last);
        for (Map.Entry<String, String> entry : current.state().entrySet()) {
            last = LogRecords.statePut(entry.getKey(), entry.getValue());
            lastStart = out.size();
            out.writeBytes(last);
        }
        Path temp = file.resolveSibling(file.getFileName() + FileConversationStore.TEMP_SUFFIX);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(ByteBuffer.wrap(out.toByteArray()));
            channel.force(true);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Durability.syncDirectory(file.getParent());
            fileKey = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            throw new StoreException("cannot compact session log " + file, e);
        }
        validSize = out.size();
        lastRecordStart = lastStart;
        lastRecordHeader = LogRecords.header(last);
        stateRecords = current.state().size();
    }

    private void afterStateRecord() {
        stateRecords++;
        if (stateRecords > COMPACT_AFTER_STATE_RECORDS && stateRecords > 4 * state.size()) {
            compact();
        }
    }

    /** Drops what was known, for a file that is new, gone or replaced. */
    private void forget(Object newFileKey) {
        validSize = 0;
        lastRecordStart = -1;
        lastRecordHeader = 0;
        version = 0;
        stateRecords = 0;
        state = Map.of();
        fileKey = newFileKey;
        known = true;
    }

    /**
     * Guards against a file deleted and recreated by another process that reuses the inode number and happens to
     * have the same size: the record this process saw last must still be where it was.
     */
    private boolean lastRecordUnchanged() {
        byte[] header = read(lastRecordStart, lastRecordStart + LogRecords.HEADER_BYTES);
        return header.length == LogRecords.HEADER_BYTES && LogRecords.header(header) == lastRecordHeader;
    }

    /** Scans the file from the end of what is known up to {@code size}, truncating a torn or corrupt tail. */
    private void readAppended(long size) {
        long start = validSize;
        LogRecords.Scan scan;
        try {
            scan = LogRecords.scan(LogRecords.Scan.resume(start > 0 ? sessionId : null, version, stateRecords, state),
                    read(start, size), false);
        } catch (RuntimeException e) {
            known = false;   // read it all again next time rather than trust a half-done update
            throw e;
        }
        long valid = start + scan.validSize;
        if (valid < size) {
            LOG.warn("session log {}: dropping {} bytes of torn or corrupt tail after byte {}", file, size - valid, valid);
            truncate(valid);
        }
        if (scan.sessionId == null) {
            return;   // no session record: nothing valid yet, and the next write starts the file afresh
        }
        validSize = valid;
        if (scan.lastRecordStart >= 0) {
            lastRecordStart = start + scan.lastRecordStart;
            lastRecordHeader = scan.lastRecordHeader;
        }
        version = scan.version;
        stateRecords = scan.stateRecords;
        state = Map.copyOf(scan.state);
    }

    private byte[] read(long from, long to) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(to - from));
            long position = from;
            while (buffer.hasRemaining() && channel.read(buffer, position) > 0) {
                position = from + buffer.position();
            }
            return buffer.position() == buffer.capacity() ? buffer.array()
                    : Arrays.copyOf(buffer.array(), buffer.position());
        } catch (NoSuchFileException e) {
            return new byte[0];
        } catch (IOException e) {
            throw new StoreException("cannot read session log " + file, e);
        }
    }

    private void truncate(long size) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(size);
            channel.force(true);
        } catch (IOException e) {
            throw new StoreException("cannot truncate session log " + file, e);
        }
    }

    private void write(byte[] record) {
        boolean creating = validSize == 0;
        byte[] bytes = creating ? concat(LogRecords.session(sessionId), record) : record;
        long recordStart = validSize + bytes.length - record.length;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            long position = validSize;
            while (buffer.hasRemaining()) {
                position += channel.write(buffer, position);
            }
            // force(true) so the new length is durable too; fdatasync alone is enough on Linux, not everywhere.
            channel.force(true);
            if (creating) {
                fileKey = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
            }
        } catch (IOException e) {
            throw new StoreException("cannot append to session log " + file, e);
        }
        if (creating) {
            Durability.syncDirectory(file.getParent());
        }
        validSize += bytes.length;
        lastRecordStart = recordStart;
        lastRecordHeader = LogRecords.header(record);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
