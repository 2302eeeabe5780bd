package dev.praxis.approval;

import dev.praxis.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class UsedTokensTest {

    private final MutableClock clock = MutableClock.at("2026-11-29T10:00:00Z");
    private final Instant expiry = clock.instant().plus(Duration.ofMinutes(5));

    @Test
    void inMemoryMarksATokenUsedOnce() {
        UsedTokens used = UsedTokens.inMemory(clock);

        assertThat(used.markUsed("t1", expiry)).isTrue();
        assertThat(used.markUsed("t1", expiry)).isFalse();
        assertThat(used.isUsed("t1")).isTrue();
        assertThat(used.isUsed("t2")).isFalse();
    }

    @Test
    void inMemoryForgetsTokensOnlyAfterTheyExpired() {
        InMemoryUsedTokens used = new InMemoryUsedTokens(clock);
        used.markUsed("early", clock.instant().plusSeconds(1));
        used.markUsed("late", clock.instant().plus(Duration.ofDays(1)));
        clock.advance(Duration.ofSeconds(1));

        for (int i = 0; i < InMemoryUsedTokens.SWEEP_EVERY; i++) {
            used.markUsed("filler-" + i, clock.instant().plus(Duration.ofDays(1)));
        }

        assertThat(used.isUsed("early")).isFalse();
        assertThat(used.isUsed("late")).isTrue();
    }

    @Test
    void aTokenUsedThroughOneFileStoreIsRefusedByAnotherOverTheSameDirectory(@TempDir Path dataDir) {
        UsedTokens first = UsedTokens.inDirectory(dataDir);
        UsedTokens second = UsedTokens.inDirectory(dataDir);

        assertThat(first.markUsed("t1", expiry)).isTrue();

        assertThat(second.isUsed("t1")).isTrue();
        assertThat(second.markUsed("t1", expiry)).isFalse();
        assertThat(second.markUsed("t2", expiry)).isTrue();
        assertThat(first.markUsed("t2", expiry)).isFalse();
        assertThat(UsedTokens.inDirectory(dataDir).isUsed("t2")).isTrue();
    }

    @Test
    void aLineLeftHalfWrittenByACrashedProcessDoesNotSwallowTheNextEntry(@TempDir Path dataDir) throws Exception {
        UsedTokens.inDirectory(dataDir).markUsed("t1", expiry);
        Files.writeString(dataDir.resolve(FileUsedTokens.FILE_NAME), "half", StandardCharsets.US_ASCII,
                StandardOpenOption.APPEND);

        assertThat(UsedTokens.inDirectory(dataDir).markUsed("t2", expiry)).isTrue();

        UsedTokens reopened = UsedTokens.inDirectory(dataDir);
        assertThat(reopened.isUsed("t1")).isTrue();
        assertThat(reopened.isUsed("t2")).isTrue();
        assertThat(reopened.markUsed("t2", expiry)).isFalse();
    }

    @Test
    void aTokenUsedInOneProcessIsRefusedInTheNext(@TempDir Path dataDir) throws Exception {
        assertThat(UsedTokens.inDirectory(dataDir).markUsed("here", expiry)).isTrue();

        String output = runJava(UsedTokensInAnotherProcess.class, dataDir.toString(), "here", "there");

        assertThat(output).isEqualTo("here=false there=true");
        assertThat(UsedTokens.inDirectory(dataDir).markUsed("there", expiry)).isFalse();
    }

    private static String runJava(Class<?> main, String... args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(java.util.List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(process.waitFor()).as(output).isZero();
        return output.lines().reduce((first, last) -> last).orElse("");
    }
}
