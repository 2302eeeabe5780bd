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
    private final Path lockFile;
    /** What identifies the file on disk (device and inode on Unix); a compaction or a delete changes it. */
    private Object fileKey;
    private boolean known;
    private LogRecords.Scan seen = new LogRecords.Scan();

    SessionLog(String sessionId, Path file, Path lockFile) {
        this.sessionId = sessionId;
        this.file = file;
        this.lockFile = lockFile;
    }

    /** The file whose locks guard this log: its {@link LockFiles.Range#LOG} for each call, its lease for turns. */
    Path lockFile() {
        return lockFile;
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
        boolean sameFile = known && seen.validSize > 0 && Objects.equals(fileKey, attributes.fileKey())
                && size >= seen.validSize && lastRecordUnchanged();
        if (sameFile) {
            if (size > seen.validSize) {
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
        return seen.version;
    }

    Map<String, String> state() {
        return Map.copyOf(seen.state);
    }

    boolean holdsData() {
        return seen.version > 0 || !seen.state.isEmpty();
    }

    StoredConversation load() {
        if (seen.validSize == 0) {
            return StoredConversation.empty();
        }
        LogRecords.Scan scan = LogRecords.scan(read(0, seen.validSize), true);
        return new StoredConversation(scan.messages, scan.version, scan.state);
    }

    long append(long expectedVersion, List<ChatMessage> messages) {
        if (seen.version != expectedVersion) {
            throw new VersionConflictException(sessionId, expectedVersion, seen.version);
        }
        if (!messages.isEmpty()) {
            write(LogRecords.messages(messages));
            seen.version += messages.size();
        }
        return seen.version;
    }

    void putState(String key, String json) {
        write(LogRecords.statePut(key, json));
        seen.state.put(key, json);
        afterStateRecord();
    }

    void removeState(String key) {
        if (!seen.state.containsKey(key)) {
            return;
        }
        write(LogRecords.stateRemove(key));
        seen.state.remove(key);
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
        if (seen.validSize == 0) {
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
        seen.validSize = out.size();
        seen.lastRecordStart = lastStart;
        seen.lastRecordHeader = LogRecords.header(last);
        seen.stateRecords = current.state().size();
    }

    private void afterStateRecord() {
        seen.stateRecords++;
        if (seen.stateRecords > COMPACT_AFTER_STATE_RECORDS && seen.stateRecords > 4 * seen.state.size()) {
            compact();
        }
    }

    /** Drops what was known, for a file that is new, gone or replaced. */
    private void forget(Object newFileKey) {
        seen = new LogRecords.Scan();
        fileKey = newFileKey;
        known = true;
    }

    /**
     * Guards against a file deleted and recreated by another process that reuses the inode number and happens to
     * have the same size: the record this process saw last must still be where it was.
     */
    private boolean lastRecordUnchanged() {
        byte[] header = read(seen.lastRecordStart, seen.lastRecordStart + LogRecords.HEADER_BYTES);
        return header.length == LogRecords.HEADER_BYTES && LogRecords.header(header) == seen.lastRecordHeader;
    }

    /** Scans the file from the end of what is known up to {@code size}, truncating a torn or corrupt tail. */
    private void readAppended(long size) {
        long start = seen.validSize;
        long lastStart = seen.lastRecordStart;
        long lastHeader = seen.lastRecordHeader;
        LogRecords.Scan scan;
        try {
            scan = LogRecords.scan(seen, read(start, size), false);
        } catch (RuntimeException e) {
            known = false;   // the scan stopped half-way through what it was updating: read it all next time
            throw e;
        }
        if (scan.lastRecordStart >= 0) {
            lastStart = start + scan.lastRecordStart;
            lastHeader = scan.lastRecordHeader;
        }
        long valid = start + scan.validSize;
        if (valid < size) {
            LOG.warn("session log {}: dropping {} bytes of torn or corrupt tail after byte {}", file, size - valid, valid);
            truncate(valid);
        }
        scan.validSize = scan.sessionId == null ? 0 : valid;
        scan.lastRecordStart = lastStart;
        scan.lastRecordHeader = lastHeader;
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
        boolean creating = seen.validSize == 0;
        byte[] bytes = creating ? concat(LogRecords.session(sessionId), record) : record;
        long recordStart = seen.validSize + bytes.length - record.length;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            long position = seen.validSize;
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
            seen.sessionId = sessionId;
        }
        seen.validSize += bytes.length;
        seen.lastRecordStart = recordStart;
        seen.lastRecordHeader = LogRecords.header(record);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
