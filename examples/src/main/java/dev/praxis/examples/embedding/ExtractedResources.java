package dev.praxis.examples.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;

/**
 * Class-path resources copied once into a folder of the cache, named by a checksum of their jar entries (CRC-32 and
 * size, read from the jar's directory without inflating anything), so the same bytes are never copied twice and a
 * changed resource gets a new folder. Each file is written to a temporary name and renamed into place, so a process
 * never sees another's half-written copy; a copy whose size is wrong is replaced.
 */
final class ExtractedResources {

    private ExtractedResources() {
    }

    /** A resource and the size it has in the jar. */
    private record Resource(String path, URL url, long size, long crc) {
        String fileName() {
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }

    /**
     * The folder under {@code cacheRoot} holding the files of {@code resources} (absolute class-path names), each
     * under its own file name; empty when a resource is missing from the class path.
     *
     * @throws IOException when the cache cannot be written
     */
    static Optional<Path> extract(Path cacheRoot, String prefix, List<String> resources) throws IOException {
        List<Resource> found = new ArrayList<>();
        for (String path : resources) {
            URL url = ExtractedResources.class.getResource(path);
            if (url == null) {
                return Optional.empty();
            }
            found.add(describe(path, url));
        }
        Path folder = cacheRoot.resolve(prefix + "-" + key(found));
        Files.createDirectories(folder);
        for (Resource resource : found) {
            Path target = folder.resolve(resource.fileName());
            if (!Files.isRegularFile(target) || Files.size(target) != resource.size()) {
                copy(resource, target);
            }
        }
        return Optional.of(folder);
    }

    private static Resource describe(String path, URL url) throws IOException {
        URLConnection connection = url.openConnection();
        if (connection instanceof JarURLConnection jar) {
            JarEntry entry = jar.getJarEntry();
            if (entry.getSize() >= 0 && entry.getCrc() >= 0) {
                return new Resource(path, url, entry.getSize(), entry.getCrc());
            }
        }
        // Not in a jar (a classes folder in a build): checksum the bytes, which is rare and small enough.
        CRC32 crc = new CRC32();
        long size = 0;
        try (InputStream in = url.openStream()) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; size += n) {
                crc.update(buffer, 0, n);
            }
        }
        return new Resource(path, url, size, crc.getValue());
    }

    private static String key(List<Resource> resources) {
        CRC32 crc = new CRC32();
        for (Resource r : resources) {
            crc.update((r.path() + ":" + r.size() + ":" + r.crc() + ";").getBytes(StandardCharsets.UTF_8));
        }
        return String.format("%08x", crc.getValue());
    }

    private static void copy(Resource resource, Path target) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), resource.fileName() + ".", ".tmp");
        try {
            try (InputStream in = resource.url().openStream()) {
                Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
            }
            if (Files.size(temporary) != resource.size()) {
                throw new IOException("copied " + Files.size(temporary) + " bytes of " + resource.path()
                        + ", expected " + resource.size());
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
