package dev.praxis.records;

import dev.praxis.json.PraxisJson;
import dev.praxis.testing.Counter;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Child process of {@link RecordsCrashTest}, killed by it with SIGKILL. Modes:
 * <ul>
 *   <li>{@code ledger <dir> <key>}: begins {@code key}; if NEW, places order {@code O-<key>} (the execution),
 *       prints {@code executed} and waits to be killed before completing; otherwise prints the state and exits;</li>
 *   <li>{@code increment <dir>}: increments counter {@code shared} forever, printing how many of its
 *       increments were acknowledged so far.</li>
 * </ul>
 */
public final class RecordsCrashChild {

    private RecordsCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        FileRecordStore store = FileRecordStore.open(Path.of(args[1]));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args[0].equals("ledger")) {
            String key = args[2];
            IdempotencyClaim claim = IdempotencyLedger.on(store).begin(key, "h1");
            out.println(claim.state());
            if (claim.state() == IdempotencyState.NEW) {
                store.put("order", "O-" + key, PraxisJson.parse("{\"total\":10.50}"), 0);
                out.println("executed");
                Thread.currentThread().join();
            }
            return;
        }
        for (long acknowledged = 1; ; acknowledged++) {
            store.update("counter", "shared", Counter.class, Counter::zero, c -> c.plus("1"));
            out.println(acknowledged);
        }
    }
}
