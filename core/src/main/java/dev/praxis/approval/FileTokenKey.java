package dev.praxis.approval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A {@link TokenKey} kept in {@code approval.key} in a data directory: base64 of 32 random bytes, written once.
 * The file is written in full under a temporary name and then hard-linked to its final name; a link fails when the
 * name exists, so of several processes creating the key at once exactly one wins and all read its bytes, and
 * nobody ever reads a half-written key.
 */
final class FileTokenKey implements TokenKey {

    static final String FILE_NAME = "approval.key";

    private final byte[] key;

    private FileTokenKey(byte[] key) {
        this.key = key;
    }

    static FileTokenKey open(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        try {
            Files.createDirectories(directory);
            if (!Files.exists(file)) {
                create(directory, file);
            }
            return new FileTokenKey(read(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the approval key " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] bytes() {
        return key.clone();
    }

    private static void create(Path directory, Path file) throws IOException {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        Path temp = Files.createTempFile(directory, FILE_NAME + ".", ".tmp", ownerOnly(directory));
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap((Base64.getEncoder().encodeToString(fresh) + "\n")
                        .getBytes(StandardCharsets.US_ASCII)));
                channel.force(true);
            }
            publish(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void publish(Path temp, Path file) throws IOException {
        try {
            Files.createLink(file, temp);
        } catch (FileAlreadyExistsException e) {
            // Another process created the key first; everyone uses that one.
        } catch (UnsupportedOperationException | FileSystemException e) {
            // No hard links here (some network and FAT file systems): a plain move that refuses to replace.
            try {
                Files.move(temp, file);
            } catch (FileAlreadyExistsException raced) {
                // Same as above: the first key wins.
            }
        }
    }

    private static byte[] read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII).trim();
        try {
            return TokenKey.fromBase64(text).bytes();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the approval key " + file + " is damaged (" + e.getMessage() + "). "
                    + "Restore it from a backup; deleting it makes every outstanding approval token invalid", e);
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path directory) {
        if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
        }
        return new FileAttribute<?>[0];
    }
}
