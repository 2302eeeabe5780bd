package dev.praxis.ecommerce.approval;

import dev.praxis.records.InMemoryRecordStore;
import dev.praxis.records.RecordStore;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The approval token tests moved to core's ActionTokensTest with the tokens themselves. */
class IdempotencyLedgerTest {

    private final RecordStore records = InMemoryRecordStore.create();
    private final IdempotencyLedger ledger = new IdempotencyLedger(records, "place_order");
    private final AtomicInteger runs = new AtomicInteger();

    private String run() {
        return "O-" + runs.incrementAndGet();
    }

    @Test
    void runsOncePerKeyReplaysAndRefusesADifferentBody() {
        assertThat(ledger.run("s", "k", "body-1", this::run, Optional::empty)).isEqualTo(new IdempotencyLedger.Outcome("O-1", false));
        assertThat(ledger.run("s", "k", "body-1", this::run, Optional::empty)).isEqualTo(new IdempotencyLedger.Outcome("O-1", true));
        assertThat(runs).hasValue(1);
        assertThatThrownBy(() -> ledger.run("s", "k", "body-2", this::run, Optional::empty))
                .hasMessageStartingWith("idempotency_conflict");
        assertThat(ledger.run("other-session", "k", "body-2", this::run, Optional::empty).id()).isEqualTo("O-2");
        assertThatThrownBy(() -> ledger.run("s", " ", "b", this::run, Optional::empty))
                .hasMessageContaining("idempotency_key is required");
    }

    @Test
    void replaysFromASecondLedgerOnTheSameStoreAsAnotherProcessWould() {
        ledger.run("s", "k", "b", this::run, Optional::empty);
        IdempotencyLedger second = new IdempotencyLedger(records, "place_order");
        assertThat(second.run("s", "k", "b", this::run, Optional::empty)).isEqualTo(new IdempotencyLedger.Outcome("O-1", true));
        assertThat(runs).hasValue(1);
    }

    @Test
    void aFailedRequestWithoutEffectIsReleasedSoItCanBeRetried() {
        assertThatThrownBy(() -> ledger.run("s", "k", "b", () -> {
            throw new IllegalStateException("out of stock");
        }, Optional::empty)).hasMessage("out of stock");
        assertThat(ledger.run("s", "k", "b", this::run, Optional::empty)).isEqualTo(new IdempotencyLedger.Outcome("O-1", false));
    }

    @Test
    void aRequestThatFailedAfterItsEffectAnswersWithTheEffect() {
        assertThat(ledger.run("s", "k", "b", () -> {
            throw new IllegalStateException("closing the cart failed");
        }, () -> Optional.of("O-7"))).isEqualTo(new IdempotencyLedger.Outcome("O-7", false));
        assertThat(ledger.run("s", "k", "b", this::run, Optional::empty)).isEqualTo(new IdempotencyLedger.Outcome("O-7", true));
        assertThat(runs).hasValue(0);
    }

    @Test
    void anInterruptedKeyAnswersWithTheEffectItFindsAndNeverExecutesAgain() {
        // What a process killed after claiming the key leaves behind: the claim, in progress.
        claimAsACrashedProcessWould("s", "k", "b");
        assertThatThrownBy(() -> ledger.run("s", "k", "b", this::run, Optional::empty))
                .hasMessageContaining("is in progress").hasMessageContaining("Nothing was done now");
        assertThat(ledger.run("s", "k", "b", this::run, () -> Optional.of("O-9"))).isEqualTo(new IdempotencyLedger.Outcome("O-9", true));
        assertThat(ledger.run("s", "k", "b", this::run, Optional::empty)).isEqualTo(new IdempotencyLedger.Outcome("O-9", true));
        assertThat(runs).hasValue(0);
    }

    private void claimAsACrashedProcessWould(String owner, String key, String fingerprint) {
        AtomicInteger seen = new AtomicInteger();
        // Run the request and let the "process" die inside it: an Error is not a RuntimeException, so the ledger
        // neither completes nor releases the key, exactly as after kill -9.
        assertThatThrownBy(() -> ledger.run(owner, key, fingerprint, () -> {
            seen.incrementAndGet();
            throw new ProcessDied();
        }, Optional::empty)).isInstanceOf(ProcessDied.class);
        assertThat(seen).hasValue(1);
        assertThat(records.list(dev.praxis.records.IdempotencyLedger.KIND, "", 10)).singleElement()
                .satisfies(r -> assertThat(r.doc().path("state").asText()).isEqualTo("in_progress"));
    }

    private static final class ProcessDied extends Error {
        private static final long serialVersionUID = 1L;
    }
}
