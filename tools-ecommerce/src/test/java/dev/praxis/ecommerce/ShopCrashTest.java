package dev.praxis.ecommerce;

import dev.praxis.records.FileRecordStore;
import dev.praxis.records.IdempotencyLedger;
import dev.praxis.records.StoredRecord;
import dev.praxis.ecommerce.records.ShopRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills shop processes ({@link ShopCrashChild}) with SIGKILL ({@code ProcessHandle.destroyForcibly}, i.e.
 * {@code kill -9} on Linux) at the moments that matter for an order, then restarts on the same data directory:
 * the order is placed at most once for an idempotency key, and exactly once when the retry can know it.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ShopCrashTest {

    @TempDir
    Path dir;

    @Test
    void killedBetweenApprovalAndExecutionTheTokenStillPlacesTheOrderExactlyOnce() throws Exception {
        String token = prepare();

        assertThat(runUntilKilled("place", token, "key-1", "claim")).containsExactly("halted claim");
        assertThat(orders()).isEmpty();

        assertThat(run("place", token, "key-1")).containsExactly("order O-1001 replayed false");
        assertThat(run("place", token, "key-1")).containsExactly("order O-1001 replayed true");
        assertThat(orders()).containsExactly("O-1001");
    }

    @Test
    void killedBetweenExecutionAndAcknowledgementTheRetryAnswersWithTheStoredOrder() throws Exception {
        String token = prepare();

        assertThat(runUntilKilled("place", token, "key-1", "done")).containsExactly("halted done");
        assertThat(orders()).containsExactly("O-1001");
        assertThat(ledgerStates()).containsExactly("in_progress");

        assertThat(run("place", token, "key-1")).containsExactly("order O-1001 replayed true");
        assertThat(ledgerStates()).containsExactly("done");
        assertThat(run("place", token, "key-1")).containsExactly("order O-1001 replayed true");
        assertThat(orders()).containsExactly("O-1001");
    }

    @Test
    void killedAfterTheClaimBeforeTheOrderIsStoredTheRetryRefusesAndPlacesNothing() throws Exception {
        String token = prepare();

        assertThat(runUntilKilled("place", token, "key-1", "order")).containsExactly("halted order");

        List<String> retried = run("place", token, "key-1");
        assertThat(retried).singleElement().asString().startsWith("error idempotency_key 'key-1' is in progress")
                .contains("Nothing was done now", "Check list_orders");
        assertThat(orders()).isEmpty();
        // The token was spent before the kill, so a new key cannot place it either: a new preview is needed.
        assertThat(run("place", token, "key-2")).singleElement().asString().contains("already used");
        assertThat(orders()).isEmpty();
    }

    @Test
    void aPendingApprovalOutlivesAKilledProcessAndAnotherProcessDecidesIt() throws Exception {
        String token = prepare();

        List<String> deferred = runUntilKilled("defer", token, "key-1", "");
        assertThat(deferred).singleElement().asString().startsWith("pending ");
        assertThat(orders()).isEmpty();
        String approvalId = deferred.get(0).substring("pending ".length());

        assertThat(run("decide", approvalId)).containsExactly("decided COMPLETED OK", "order O-1001 replayed false");
        assertThat(orders()).containsExactly("O-1001");
        assertThat(run("place", token, "key-1")).containsExactly("order O-1001 replayed true");
        assertThat(orders()).containsExactly("O-1001");
    }

    private String prepare() throws Exception {
        List<String> lines = run("prepare");
        assertThat(lines).singleElement().asString().startsWith("token ");
        return lines.get(0).substring("token ".length());
    }

    private List<String> orders() {
        return FileRecordStore.open(dir.resolve("records")).list(ShopRecords.ORDER, "", 100).stream()
                .map(StoredRecord::id).toList();
    }

    private List<String> ledgerStates() {
        return FileRecordStore.open(dir.resolve("records")).list(IdempotencyLedger.KIND, "", 100).stream()
                .map(r -> r.doc().path("state").asText()).toList();
    }

    /** Runs a child to its end and returns what it printed. */
    private List<String> run(String mode, String... args) throws Exception {
        Process child = start(mode, args);
        try (BufferedReader out = reader(child)) {
            List<String> lines = out.lines().toList();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as(errors()).isZero();
            return lines;
        } finally {
            stop(child);
        }
    }

    /** Runs a child until it prints a line, kills it with SIGKILL there, and returns what it printed. */
    private List<String> runUntilKilled(String mode, String token, String key, String halt) throws Exception {
        Process child = start(mode, token, key, halt);
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = reader(child)) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
                if (line.startsWith("halted ") || line.startsWith("pending ")) {
                    // Through the handle: Process.destroyForcibly would also close our end of stdout.
                    assertThat(child.toHandle().destroyForcibly()).isTrue();
                }
            }
        } finally {
            stop(child);
        }
        assertThat(lines).as(errors()).isNotEmpty();
        return lines;
    }

    private Process start(String mode, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ShopCrashChild.class.getName(), mode, dir.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("child-stderr.txt").toFile()))
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
            Path errors = dir.resolve("child-stderr.txt");
            return Files.exists(errors) ? "child stderr: " + Files.readString(errors) : "no child stderr";
        } catch (IOException e) {
            return "child stderr unreadable: " + e;
        }
    }
}
