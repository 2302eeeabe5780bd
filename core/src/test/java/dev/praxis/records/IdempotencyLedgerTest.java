package dev.praxis.records;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.json.PraxisJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdempotencyLedgerTest {

    private final RecordStore store = InMemoryRecordStore.create();
    private final IdempotencyLedger ledger = IdempotencyLedger.on(store);

    private static JsonNode json(String text) {
        return PraxisJson.parse(text);
    }

    @Test
    void firstBeginIsNewAndARetryBeforeCompletionIsInProgress() {
        assertThat(ledger.begin("order-1", "h1").state()).isEqualTo(IdempotencyState.NEW);
        assertThat(ledger.begin("order-1", "h1")).isEqualTo(IdempotencyClaim.of(IdempotencyState.IN_PROGRESS));
    }

    @Test
    void aRetryAfterCompletionGetsTheFirstResult() {
        ledger.begin("order-1", "h1");
        ledger.complete("order-1", json("{\"order_id\":\"O7\",\"total\":10.50}"));

        IdempotencyClaim retry = ledger.begin("order-1", "h1");

        assertThat(retry.state()).isEqualTo(IdempotencyState.DONE);
        assertThat(retry.result()).contains(json("{\"order_id\":\"O7\",\"total\":10.50}"));
        assertThat(PraxisJson.write(retry.result().orElseThrow())).contains("10.50");
    }

    @Test
    void theSameKeyForAnotherRequestIsAMismatchWhateverItsState() {
        ledger.begin("order-1", "h1");
        assertThat(ledger.begin("order-1", "h2").state()).isEqualTo(IdempotencyState.MISMATCH);

        ledger.complete("order-1", json("{}"));
        assertThat(ledger.begin("order-1", "h2")).isEqualTo(IdempotencyClaim.of(IdempotencyState.MISMATCH));
    }

    @Test
    void completingAgainWithTheSameResultChangesNothingAndWithAnotherIsRefused() {
        ledger.begin("k", "h");
        ledger.complete("k", json("{\"n\":1}"));
        long version = store.get(IdempotencyLedger.KIND, "k").orElseThrow().version();

        ledger.complete("k", json("{\"n\":1}"));

        assertThat(store.get(IdempotencyLedger.KIND, "k").orElseThrow().version()).isEqualTo(version);
        assertThatThrownBy(() -> ledger.complete("k", json("{\"n\":2}")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already completed with another result");
        assertThat(ledger.begin("k", "h").result()).contains(json("{\"n\":1}"));
    }

    @Test
    void completingAKeyNeverBegunIsRefused() {
        assertThatThrownBy(() -> ledger.complete("nope", json("{}")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("idempotency key 'nope' was never begun");
        assertThat(store.get(IdempotencyLedger.KIND, "nope")).isEmpty();
    }

    @Test
    void releasingAnUnfinishedClaimLetsTheNextBeginRunIt() {
        ledger.begin("k", "h");

        assertThat(ledger.release("k")).isTrue();

        assertThat(ledger.begin("k", "h").state()).isEqualTo(IdempotencyState.NEW);
        assertThat(ledger.release("unknown")).isFalse();
    }

    @Test
    void aCompletedKeyIsNeverReleased() {
        ledger.begin("k", "h");
        ledger.complete("k", json("{}"));

        assertThatThrownBy(() -> ledger.release("k"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is completed");
        assertThat(ledger.begin("k", "h").state()).isEqualTo(IdempotencyState.DONE);
    }

    @Test
    void refusesMalformedKeysAndHashes() {
        assertThatThrownBy(() -> ledger.begin("has space", "h")).hasMessageContaining("idempotency key must match");
        assertThatThrownBy(() -> ledger.begin("k", " ")).hasMessageContaining("requestHash must be 1..200");
        assertThatThrownBy(() -> ledger.begin("k", "h".repeat(201))).hasMessageContaining("got 201 characters");
        assertThat(store.list(IdempotencyLedger.KIND, "", 10)).isEmpty();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void exactlyOneOfManyConcurrentCallersGetsNew() throws Exception {
        int callers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        List<IdempotencyState> states = new ArrayList<>();
        try {
            List<Future<IdempotencyState>> done = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                done.add(pool.submit(() -> {
                    start.await();
                    return ledger.begin("order-1", "h1").state();
                }));
            }
            start.countDown();
            for (Future<IdempotencyState> future : done) {
                states.add(future.get(50, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(states).containsOnlyOnce(IdempotencyState.NEW)
                .filteredOn(s -> s != IdempotencyState.NEW).containsOnly(IdempotencyState.IN_PROGRESS);
    }

    @Test
    void aLedgerOnAFileStoreRemembersAcrossARestart(@TempDir Path directory) {
        IdempotencyLedger first = IdempotencyLedger.on(FileRecordStore.open(directory));
        first.begin("a", "h");
        first.begin("b", "h");
        first.complete("b", json("{\"ok\":true}"));

        IdempotencyLedger restarted = IdempotencyLedger.on(FileRecordStore.open(directory));

        assertThat(restarted.begin("a", "h").state()).isEqualTo(IdempotencyState.IN_PROGRESS);
        assertThat(restarted.begin("b", "h").result()).contains(json("{\"ok\":true}"));
        assertThat(restarted.begin("c", "h").state()).isEqualTo(IdempotencyState.NEW);
    }
}
