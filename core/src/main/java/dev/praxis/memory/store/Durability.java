package dev.praxis.memory.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Makes directory entries durable: a new or renamed file survives a crash only once its directory is synced. */
final class Durability {

    private Durability() {
    }

    static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some platforms (Windows) cannot open a directory; there the rename itself is the best we get.
        }
    }
}
