package dev.praxis.ecommerce.approval;

import dev.praxis.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApprovalTokensTest {

    private final MutableClock clock = MutableClock.at("2026-11-29T10:00:00Z");
    private final ApprovalTokens tokens = new ApprovalTokens(clock, Duration.ofMinutes(15), new byte[32]);

    @Test
    void aTokenCarriesItsSubjectHashAndExpiry() {
        ApprovalTokens.Claims claims = tokens.verify(tokens.issue("checkout", "CHK1", "abc123"), "checkout");
        assertThat(claims.subject()).isEqualTo("CHK1");
        assertThat(claims.previewHash()).isEqualTo("abc123");
        assertThat(claims.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
    }

    @Test
    void expiresExactlyAtItsExpiry() {
        String token = tokens.issue("checkout", "CHK1", "abc");
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        tokens.verify(token, "checkout");
        clock.advance(Duration.ofSeconds(1));
        assertThatThrownBy(() -> tokens.verify(token, "checkout")).isInstanceOf(ApprovalException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void refusesATokenWithAnyPartChangedOrForAnotherPurpose() {
        String token = tokens.issue("refund", "RFP1", "abc");
        assertThatThrownBy(() -> tokens.verify(token.replace("abc", "abd"), "refund")).hasMessageContaining("signature mismatch");
        assertThatThrownBy(() -> tokens.verify(token, "checkout")).hasMessageContaining("issued for refund");
        ApprovalTokens otherKey = new ApprovalTokens(clock, Duration.ofMinutes(15), new byte[]{
                1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});
        assertThatThrownBy(() -> otherKey.verify(token, "refund")).hasMessageContaining("signature mismatch");
        assertThatThrownBy(() -> tokens.verify("garbage", "refund")).hasMessageContaining("malformed");
    }

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
