package dev.praxis.embedding;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The cache's file format: a header (magic, format version, model id, dimension, entry count), the entries (text
 * key, last use, vector) and a CRC-32 of all that. Reading is all-or-nothing: anything unexpected reads as empty.
 */
final class CacheFile {

    private static final int MAGIC = 0x50584543; // "PXEC"
    private static final int VERSION = 1;
    private static final int MAX_DIMENSION = 65_536;
    /** A cache of a few thousand 384-float vectors is a few MB; anything far larger is not ours. */
    private static final long MAX_BYTES = 512L * 1024 * 1024;

    private CacheFile() {
    }

    /** The entries of {@code file} if it is a valid cache of {@code modelId}; empty otherwise. */
    static Map<TextKey, CacheEntry> read(Path file, String modelId) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                return Map.of();
            }
            return parse(ByteBuffer.wrap(Files.readAllBytes(file)), modelId);
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException | RuntimeException e) {
            // A damaged or foreign file is as good as none: the next save replaces it.
            return Map.of();
        }
    }

    private static Map<TextKey, CacheEntry> parse(ByteBuffer in, String modelId) {
        if (in.remaining() < Long.BYTES || !checksumMatches(in)) {
            throw new IllegalArgumentException("checksum");
        }
        if (in.getInt() != MAGIC || in.getInt() != VERSION) {
            throw new IllegalArgumentException("not a cache of this format");
        }
        byte[] id = new byte[Short.toUnsignedInt(in.getShort())];
        in.get(id);
        if (!new String(id, StandardCharsets.UTF_8).equals(modelId)) {
            throw new IllegalArgumentException("another model");
        }
        int dimension = in.getInt();
        int count = in.getInt();
        long entryBytes = TextKey.BYTES + Long.BYTES + (long) dimension * Float.BYTES;
        if (dimension < 1 || dimension > MAX_DIMENSION || count < 0
                || (long) count * entryBytes != in.remaining() - Long.BYTES) {
            throw new IllegalArgumentException("sizes");
        }
        Map<TextKey, CacheEntry> entries = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            byte[] key = new byte[TextKey.BYTES];
            in.get(key);
            long lastUsed = in.getLong();
            float[] vector = new float[dimension];
            in.asFloatBuffer().get(vector);
            in.position(in.position() + dimension * Float.BYTES);
            entries.put(TextKey.fromBytes(key), new CacheEntry(vector, lastUsed));
        }
        return entries;
    }

    private static boolean checksumMatches(ByteBuffer in) {
        int end = in.limit() - Long.BYTES;
        CRC32 crc = new CRC32();
        crc.update(in.duplicate().position(0).limit(end));
        try {
            return crc.getValue() == in.getLong(end);
        } catch (BufferUnderflowException e) {
            return false;
        }
    }

    /** Writes {@code entries} to a temporary file next to {@code file}, then renames it over {@code file}. */
    static void write(Path file, String modelId, Map<TextKey, CacheEntry> entries) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, file.getFileName() + ".", ".tmp");
        try {
            Files.write(temporary, encode(modelId, entries));
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static byte[] encode(String modelId, Map<TextKey, CacheEntry> entries) {
        byte[] id = modelId.getBytes(StandardCharsets.UTF_8);
        int dimension = entries.values().stream().findFirst().map(e -> e.vector().length).orElse(1);
        long entryBytes = TextKey.BYTES + Long.BYTES + (long) dimension * Float.BYTES;
        long size = 4 + 4 + 2 + id.length + 4 + 4 + entries.size() * entryBytes + Long.BYTES;
        if (size > MAX_BYTES) {
            throw new IllegalStateException("embedding cache of " + size + " bytes exceeds " + MAX_BYTES);
        }
        ByteBuffer out = ByteBuffer.allocate((int) size);
        out.putInt(MAGIC).putInt(VERSION).putShort((short) id.length).put(id).putInt(dimension).putInt(entries.size());
        entries.forEach((key, entry) -> {
            out.put(key.bytes()).putLong(entry.lastUsed());
            out.asFloatBuffer().put(entry.vector());
            out.position(out.position() + dimension * Float.BYTES);
        });
        CRC32 crc = new CRC32();
        crc.update(out.duplicate().flip());
        out.putLong(crc.getValue());
        return out.array();
    }
}
