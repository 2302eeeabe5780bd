package dev.praxis.records;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.json.PraxisJson;
import dev.praxis.testing.Counter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills child JVMs with SIGKILL ({@code ProcessHandle.destroyForcibly}, i.e. {@code kill -9} on Linux) while they
 * write a {@link FileRecordStore}, then checks what the directory holds: an idempotency key executed but never
 * completed is not NEW (so nothing runs twice), and a record updated in a loop holds every acknowledged update and
 * no torn version,
 * also while this process updates the same record.
 */
class RecordsCrashTest {

    private static final int PARENT_INCREMENTS = 100;
    private static final long KILL_AFTER_CHILD_ACKS = 300;

    @TempDir
    Path directory;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aKeyExecutedButNotCompletedBeforeAKillIsNeverExecutedAgain() throws Exception {
        Path data = directory.resolve("data");
        Process child = start("ledger", data.toString(), "order-1");
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = reader(child)) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
                if (line.equals("executed")) {
                    assertThat(child.toHandle().destroyForcibly()).isTrue();
                }
            }
        } finally {
            stop(child);
        }
        assertThat(lines).as(errors()).containsExactly("NEW", "executed");

        Process retry = start("ledger", data.toString(), "order-1");
        List<String> retried;
        try (BufferedReader out = reader(retry)) {
            retried = out.lines().toList();
        } finally {
            stop(retry);
        }

        assertThat(retried).as(errors()).containsExactly("IN_PROGRESS");
        FileRecordStore store = FileRecordStore.open(data);
        assertThat(store.list("order", "", 10)).extracting(StoredRecord::id).containsExactly("O-order-1");
        // The documented recovery: the order exists, so the key is completed with it, not released.
        IdempotencyLedger ledger = IdempotencyLedger.on(store);
        JsonNode order = store.get("order", "O-order-1").orElseThrow().doc();
        ledger.complete("order-1", order);
        assertThat(ledger.begin("order-1", "h1").result()).contains(PraxisJson.parse("{\"total\":10.50}"));
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void twoProcessesUpdatingOneRecordLoseNothingAndAKillLeavesEveryAcknowledgedUpdate() throws Exception {
        Path data = directory.resolve("data");
        FileRecordStore store = FileRecordStore.open(data);
        Process child = start("increment", data.toString());
        long childAcks = 0;
        try (BufferedReader out = reader(child)) {
            String first = out.readLine();
            assertThat(first).as(errors()).isEqualTo("1");
            // The child keeps incrementing while this process does: both hold the record's file lock in turn.
            for (int i = 0; i < PARENT_INCREMENTS; i++) {
                store.update("counter", "shared", Counter.class, Counter::zero, c -> c.plus("1"));
            }
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                childAcks = Long.parseLong(line);
                if (childAcks == KILL_AFTER_CHILD_ACKS) {
                    // SIGKILL through the handle: Process.destroyForcibly would also close our end of stdout.
                    assertThat(child.toHandle().destroyForcibly()).isTrue();
                }
            }
        } finally {
            stop(child);
        }
        assertThat(childAcks).as(errors()).isGreaterThanOrEqualTo(KILL_AFTER_CHILD_ACKS);

        StoredRecord stored = FileRecordStore.open(data).get("counter", "shared").orElseThrow();
        long count = stored.doc().get("count").asLong();
        // The child's last update may have reached the disk without its acknowledgement being printed.
        assertThat(count).isBetween(childAcks + PARENT_INCREMENTS, childAcks + PARENT_INCREMENTS + 1);
        assertThat(stored.version()).isEqualTo(count);
        assertThat(store.update("counter", "shared", Counter.class, c -> c.plus("1")).count()).isEqualTo(count + 1);
    }

    private Process start(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(javaCommand(), "-cp", System.getProperty("java.class.path"),
                RecordsCrashChild.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(directory.resolve("child-stderr.txt").toFile()))
                .start();
    }

    private static BufferedReader reader(Process child) {
        return new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    }

    private static void stop(Process child) throws InterruptedException {
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    private String errors() {
        try {
            Path errors = directory.resolve("child-stderr.txt");
            return Files.exists(errors) ? "child stderr: " + Files.readString(errors) : "no child stderr";
        } catch (java.io.IOException e) {
            return "child stderr unreadable: " + e;
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
