package dev.praxis.approval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link UsedTokens} in an append-only file, one {@code id expiryEpochMillis} line per used token. Every call takes
 * an exclusive lock on the file (so processes are serialised), reads the lines other processes appended since its
 * last call, and appends its own line before releasing the lock. Within one JVM a lock object per file serialises
 * instances first, because a JVM may hold only one lock on a file. The file is never rewritten; at about 40 bytes
 * a token it grows by 40 MB per million approvals.
 */
final class FileUsedTokens implements UsedTokens {

    static final String FILE_NAME = "used-approval-tokens.log";

    private static final Map<Path, Object> JVM_LOCKS = new ConcurrentHashMap<>();

    private final Path file;
    private final Object jvmLock;
    private final Map<String, Instant> seen = new HashMap<>();
    private long offset;

    private FileUsedTokens(Path file) {
        this.file = file;
        this.jvmLock = JVM_LOCKS.computeIfAbsent(file, f -> new Object());
    }

    static FileUsedTokens open(Path directory) {
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(FILE_NAME);
            // Created empty if absent, so toRealPath names one file for every instance.
            FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE).close();
            return new FileUsedTokens(file.toRealPath());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the used-token store in " + directory + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean markUsed(String tokenId, Instant expiresAt) {
        requireId(tokenId);
        return locked(channel -> {
            if (seen.containsKey(tokenId)) {
                return false;
            }
            String line = tokenId + " " + expiresAt.toEpochMilli() + "\n";
            ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.US_ASCII));
            long end = channel.size();
            if (end > offset) {
                // A process died mid-line: end that line so ours is read on its own.
                end += channel.write(ByteBuffer.wrap(new byte[]{'\n'}), end);
            }
            while (bytes.hasRemaining()) {
                end += channel.write(bytes, end);
            }
            channel.force(false);
            offset = end;
            seen.put(tokenId, expiresAt);
            return true;
        });
    }

    @Override
    public boolean isUsed(String tokenId) {
        return locked(channel -> seen.containsKey(tokenId));
    }

    private interface Step<T> {
        T run(FileChannel channel) throws IOException;
    }

    private <T> T locked(Step<T> step) {
        synchronized (jvmLock) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                FileLock lock = channel.lock();
                try {
                    catchUp(channel);
                    return step.run(channel);
                } finally {
                    lock.release();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("the used-token store " + file + " failed: " + e.getMessage(), e);
            }
        }
    }

    /** Reads the complete lines appended since the last call (by any process). */
    private void catchUp(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size < offset) {
            throw new IOException("the file shrank from " + offset + " to " + size + " bytes; it must only grow");
        }
        if (size == offset) {
            return;
        }
        ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(size - offset));
        while (buffer.hasRemaining() && channel.read(buffer, offset + buffer.position()) >= 0) {
            // read until full
        }
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII);
        int lastNewline = text.lastIndexOf('\n');
        if (lastNewline < 0) {
            return;
        }
        for (String line : text.substring(0, lastNewline).split("\n")) {
            int space = line.indexOf(' ');
            if (space > 0) {
                seen.put(line.substring(0, space), parseExpiry(line.substring(space + 1)));
            }
        }
        offset += lastNewline + 1;
    }

    private static Instant parseExpiry(String text) {
        try {
            return Instant.ofEpochMilli(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            return Instant.MAX; // a damaged line still marks its token used: refusing is the safe side
        }
    }

    private static void requireId(String tokenId) {
        if (tokenId == null || !tokenId.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("token id must be 1-64 characters [A-Za-z0-9_-], got '" + tokenId + "'");
        }
    }
}
