package dev.praxis.approval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenKeyTest {

    @Test
    void aKeyFileIsCreatedOnceOwnerOnlyAndReadBackByTheNextOpen(@TempDir Path dataDir) throws Exception {
        byte[] first = TokenKey.inDirectory(dataDir).bytes();
        byte[] second = TokenKey.inDirectory(dataDir).bytes();

        assertThat(first).hasSize(32).isEqualTo(second);
        Path file = dataDir.resolve("approval.key");
        assertThat(Base64.getDecoder().decode(Files.readString(file).trim())).isEqualTo(first);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        try (var leftovers = Files.list(dataDir)) {
            assertThat(leftovers.map(p -> p.getFileName().toString())).containsExactly("approval.key");
        }
    }

    @Test
    void openersRacingOnAnEmptyDirectoryAllGetTheSameKey(@TempDir Path dataDir) throws Exception {
        int openers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(openers);
        try {
            List<Future<byte[]>> keys = new java.util.ArrayList<>();
            for (int i = 0; i < openers; i++) {
                keys.add(pool.submit((Callable<byte[]>) () -> {
                    start.await();
                    return TokenKey.inDirectory(dataDir).bytes();
                }));
            }
            start.countDown();
            byte[] winner = keys.get(0).get();
            for (Future<byte[]> key : keys) {
                assertThat(key.get()).isEqualTo(winner);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDamagedKeyFileIsRefusedNotReplaced(@TempDir Path dataDir) throws Exception {
        Files.writeString(dataDir.resolve("approval.key"), "c2hvcnQ=\n");

        assertThatThrownBy(() -> TokenKey.inDirectory(dataDir)).hasMessageContaining("damaged")
                .hasMessageContaining("at least 32 bytes");
        assertThat(Files.readString(dataDir.resolve("approval.key"))).isEqualTo("c2hvcnQ=\n");
    }

    @Test
    void theConfiguredKeyComesFromThePropertyBeforeTheEnvironment() {
        String fromEnv = Base64.getEncoder().encodeToString(new byte[32]);
        byte[] property = new byte[32];
        property[0] = 9;
        String fromProperty = Base64.getUrlEncoder().encodeToString(property);

        assertThat(TokenKey.fromConfiguration(Map.of(TokenKey.ENVIRONMENT_VARIABLE, fromEnv), name -> null))
                .hasValueSatisfying(k -> assertThat(k.bytes()).isEqualTo(new byte[32]));
        assertThat(TokenKey.fromConfiguration(Map.of(TokenKey.ENVIRONMENT_VARIABLE, fromEnv),
                name -> name.equals(TokenKey.SYSTEM_PROPERTY) ? fromProperty : null))
                .hasValueSatisfying(k -> assertThat(k.bytes()).isEqualTo(property));
        assertThat(TokenKey.fromConfiguration(Map.of(), name -> null)).isEmpty();
    }

    @Test
    void refusesShortOrNonBase64Keys() {
        assertThatThrownBy(() -> TokenKey.of(new byte[16])).hasMessageContaining("at least 32 bytes, got 16");
        assertThatThrownBy(() -> TokenKey.fromBase64("not base64!")).hasMessageContaining("not valid base64");
        assertThatThrownBy(() -> TokenKey.fromBase64(" ")).hasMessageContaining("openssl rand -base64 32");
    }
}
