package dev.praxis.memory.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link FileConversationStore} shared by real processes (child JVMs on the test's classpath): a session leased by
 * one process is busy for the others until it is released or its holder dies, other sessions stay free, and turns
 * from several processes on one session are all kept.
 */
@SuppressWarnings("try") // a lease is held for the scope of its try block, unreferenced inside
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FileConversationStoreMultiProcessTest {

    @TempDir
    Path directory;

    @Test
    void aSessionLeasedByAnotherProcessIsBusyUntilReleasedWhileOtherSessionsStayFree() throws Exception {
        Process holder = start(SessionHolder.class, "s1");
        BufferedReader out = stdout(holder);
        assertThat(out.readLine()).isEqualTo("held");

        try (FileConversationStore store = FileConversationStore.open(data())) {
            assertThatThrownBy(() -> store.lease("s1", Duration.ofMillis(200)))
                    .isInstanceOf(SessionBusyException.class)
                    .hasMessageContaining("session 's1' is busy");
            try (SessionLease other = store.lease("s2", Duration.ZERO)) {
                assertThat(store.append("s2", 0, Messages.turn(1))).isEqualTo(2);
            }
            assertThat(store.load("s1").messages()).isEqualTo(Messages.turn(-1));

            release(holder);
            assertThat(out.readLine()).isEqualTo("released");
            try (SessionLease lease = store.lease("s1", Duration.ofSeconds(30))) {
                assertThat(store.append("s1", 2, Messages.turn(2))).isEqualTo(4);
            }
        }
        assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(holder.exitValue()).isZero();
    }

    @Test
    void aSessionHeldByAKilledProcessIsFreeOnceItIsGone() throws Exception {
        Process holder = start(SessionHolder.class, "s1");
        assertThat(stdout(holder).readLine()).isEqualTo("held");

        holder.toHandle().destroyForcibly();
        assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();

        try (FileConversationStore store = FileConversationStore.open(data());
             SessionLease lease = store.lease("s1", Duration.ofSeconds(5))) {
            assertThat(store.append("s1", 2, Messages.turn(1))).isEqualTo(4);
        }
    }

    @Test
    void turnsOfThreeProcessesOnOneSessionAreAllKeptWhole() throws Exception {
        int writers = 3;
        int turns = 40;
        List<Process> children = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            children.add(start(LeasedTurnWriter.class, "shared", Integer.toString(w), Integer.toString(turns)));
        }
        for (Process child : children) {
            assertThat(child.waitFor(100, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as("writer exit code (stderr in %s)", directory).isZero();
        }

        try (FileConversationStore store = FileConversationStore.open(data())) {
            StoredTurns.assertAllKept(store.load("shared").messages(), writers, turns);
        }
    }

    private Process start(Class<?> main, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(javaCommand(), "-cp", System.getProperty("java.class.path"),
                main.getName(), data().toString()));
        command.addAll(List.of(args));
        Path errors = Files.createTempFile(directory, "child-", ".err");
        return new ProcessBuilder(command).redirectError(errors.toFile()).start();
    }

    /** The store's directory; the children's standard error goes beside it. */
    private Path data() {
        return directory.resolve("data");
    }

    private static BufferedReader stdout(Process child) {
        return new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    }

    private static void release(Process holder) throws Exception {
        Writer in = new OutputStreamWriter(holder.getOutputStream(), StandardCharsets.UTF_8);
        in.write("release\n");
        in.flush();
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
