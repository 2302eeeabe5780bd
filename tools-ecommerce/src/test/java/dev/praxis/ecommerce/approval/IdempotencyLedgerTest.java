package dev.praxis.ecommerce.approval;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The approval token tests moved to core's ActionTokensTest with the tokens themselves. */
class IdempotencyLedgerTest {

    @Test
    void theLedgerRunsOncePerKeyReplaysAndRefusesADifferentBody() {
        IdempotencyLedger<Integer> ledger = new IdempotencyLedger<>();
        AtomicInteger runs = new AtomicInteger();
        assertThat(ledger.run("s", "k", "body-1", runs::incrementAndGet).replayed()).isFalse();
        IdempotencyLedger.Outcome<Integer> again = ledger.run("s", "k", "body-1", runs::incrementAndGet);
        assertThat(again.replayed()).isTrue();
        assertThat(again.value()).isEqualTo(1);
        assertThat(runs).hasValue(1);
        assertThatThrownBy(() -> ledger.run("s", "k", "body-2", runs::incrementAndGet)).hasMessageStartingWith("idempotency_conflict");
        assertThat(ledger.run("other-session", "k", "body-2", runs::incrementAndGet).value()).isEqualTo(2);
        assertThatThrownBy(() -> ledger.run("s", " ", "b", runs::incrementAndGet)).hasMessageContaining("idempotency_key is required");
    }

    @Test
    void aFailedRequestIsNotRememberedSoItCanBeRetried() {
        IdempotencyLedger<String> ledger = new IdempotencyLedger<>();
        assertThatThrownBy(() -> ledger.run("s", "k", "b", () -> {
            throw new IllegalStateException("out of stock");
        })).hasMessage("out of stock");
        assertThat(ledger.run("s", "k", "b", () -> "ok").value()).isEqualTo("ok");
    }
}
