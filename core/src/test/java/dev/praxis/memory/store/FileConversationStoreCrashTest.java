package dev.praxis.memory.store;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Kills a child JVM with SIGKILL ({@code ProcessHandle.destroyForcibly}, i.e. {@code kill -9} on Linux) while it
 * appends to a {@link FileConversationStore}, reads every acknowledgement the child printed before dying, and checks
 * that the store opens afterwards holding every acknowledged append in order, with no half-written turn.
 */
class FileConversationStoreCrashTest {

    private static final int WRITERS = 3;

    @TempDir
    Path directory;

    @ParameterizedTest(name = "killed after {0} acknowledged appends")
    @ValueSource(ints = {30, 150, 400})
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void keepsEveryAcknowledgedAppendWhenTheWriterIsKilled(int acksBeforeKill) throws Exception {
        Path errors = directory.resolve("child-stderr.txt");
        Path data = directory.resolve("data");
        Process child = new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"),
                CrashingWriter.class.getName(), data.toString(), Integer.toString(WRITERS))
                .redirectError(errors.toFile())
                .start();
        Map<String, Integer> lastAck = new HashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            int acks = 0;
            String line;
            while ((line = out.readLine()) != null) {
                if (line.equals("started")) {
                    continue;
                }
                String[] parts = line.split(" ");
                lastAck.merge(parts[0], Integer.parseInt(parts[1]), Math::max);
                if (++acks == acksBeforeKill) {
                    // SIGKILL through the handle: Process.destroyForcibly would also close our end of stdout,
                    // losing acks the child printed just before dying.
                    assertThat(child.toHandle().destroyForcibly()).isTrue();
                }
            }
            if (acks < acksBeforeKill) {
                fail("child ended after " + acks + " acks: " + Files.readString(errors));
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        try (FileConversationStore store = FileConversationStore.open(data)) {
            for (Map.Entry<String, Integer> ack : lastAck.entrySet()) {
                assertHoldsAcknowledgedTurns(store, ack.getKey(), ack.getValue());
            }
        }
    }

    private static void assertHoldsAcknowledgedTurns(FileConversationStore store, String session, int lastAckedTurn) {
        StoredConversation conversation = store.load(session);
        long turns = conversation.version() / 2;
        assertThat(conversation.version() % 2).as("no half turn in %s", session).isZero();
        assertThat(turns).as("turns of %s", session).isBetween(lastAckedTurn + 1L, lastAckedTurn + 2L);
        for (int turn = 0; turn < turns; turn++) {
            assertThat(conversation.messages().subList(2 * turn, 2 * turn + 2)).isEqualTo(Messages.turn(turn));
        }
        assertThat(Integer.parseInt(conversation.state().get("last_turn"))).isBetween(lastAckedTurn, (int) turns - 1);
        assertThat(store.append(session, conversation.version(), Messages.turn((int) turns)))
                .isEqualTo(conversation.version() + 2);
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
