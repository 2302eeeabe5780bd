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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One session's log file and what is known about it without reading it again: the valid size, the version and
 * the state. Callers hold the instance's monitor for every call. Writes go to the end of the valid part (so a
 * torn tail is overwritten) and are forced to disk before the call returns.
 */
final class SessionLog {

    private static final Logger LOG = LoggerFactory.getLogger(SessionLog.class);
    private static final int COMPACT_AFTER_STATE_RECORDS = 256;

    private final String sessionId;
    private final Path file;
    private boolean opened;
    private long validSize;
    private long version;
    private int stateRecords;
    private Map<String, String> state = Map.of();

    SessionLog(String sessionId, Path file) {
        this.sessionId = sessionId;
        this.file = file;
    }

    long version() {
        open();
        return version;
    }

    Map<String, String> state() {
        open();
        return state;
    }

    boolean holdsData() {
        open();
        return version > 0 || !state.isEmpty();
    }

    StoredConversation load() {
        open();
        if (validSize == 0) {
            return StoredConversation.empty();
        }
        LogRecords.Scan scan = LogRecords.scan(read(), true);
        return new StoredConversation(scan.messages, scan.version, scan.state);
    }

    long append(long expectedVersion, List<ChatMessage> messages) {
        open();
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
        open();
        write(LogRecords.statePut(key, json));
        Map<String, String> next = new HashMap<>(state);
        next.put(key, json);
        state = Map.copyOf(next);
        afterStateRecord();
    }

    void removeState(String key) {
        open();
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
        opened = true;
        validSize = 0;
        version = 0;
        stateRecords = 0;
        state = Map.of();
    }

    /** Rewrites the log as one messages record plus the live state, replacing the old file atomically. */
    void compact() {
        open();
        if (validSize == 0) {
            return;
        }
        StoredConversation current = load();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(LogRecords.session(sessionId));
        out.writeBytes(LogRecords.messages(current.messages()));
        current.state().forEach((key, json) -> out.writeBytes(LogRecords.statePut(key, json)));
        Path temp = file.resolveSibling(file.getFileName() + FileConversationStore.TEMP_SUFFIX);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(ByteBuffer.wrap(out.toByteArray()));
            channel.force(true);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Durability.syncDirectory(file.getParent());
        } catch (IOException e) {
            throw new StoreException("cannot compact session log " + file, e);
        }
        validSize = out.size();
        stateRecords = current.state().size();
    }

    private void afterStateRecord() {
        stateRecords++;
        if (stateRecords > COMPACT_AFTER_STATE_RECORDS && stateRecords > 4 * state.size()) {
            compact();
        }
    }

    /** Reads the file once, truncating a torn or corrupt tail left by a crash. */
    private void open() {
        if (opened) {
            return;
        }
        byte[] bytes = read();
        LogRecords.Scan scan = LogRecords.scan(bytes, false);
        if (scan.validSize < bytes.length) {
            LOG.warn("session log {}: dropping {} bytes of torn or corrupt tail after byte {}", file,
                    bytes.length - scan.validSize, scan.validSize);
            truncate(scan.validSize);
        }
        validSize = scan.sessionId == null ? 0 : scan.validSize;
        version = scan.version;
        stateRecords = scan.stateRecords;
        state = Map.copyOf(scan.state);
        opened = true;
    }

    private byte[] read() {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return opened && bytes.length > validSize ? Arrays.copyOf(bytes, (int) validSize) : bytes;
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
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            long position = validSize;
            while (buffer.hasRemaining()) {
                position += channel.write(buffer, position);
            }
            // force(true) so the new length is durable too; fdatasync alone is enough on Linux, not everywhere.
            channel.force(true);
        } catch (IOException e) {
            throw new StoreException("cannot append to session log " + file, e);
        }
        if (creating) {
            Durability.syncDirectory(file.getParent());
        }
        validSize += bytes.length;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
