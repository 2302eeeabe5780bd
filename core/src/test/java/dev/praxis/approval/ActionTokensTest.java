package dev.praxis.approval;

import dev.praxis.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActionTokensTest {

    record Line(String sku, int quantity, BigDecimal unitPrice) {
    }

    record Order(String cartId, List<Line> lines, String currency, String shipTo) {
    }

    private static final Duration LIFETIME = Duration.ofMinutes(15);

    private final MutableClock clock = MutableClock.at("2026-11-29T10:00:00Z");
    private final TokenKey key = TokenKey.of(new byte[32]);
    private final ActionTokens tokens = new ActionTokens(key, UsedTokens.inMemory(clock), clock);
    private final Order order = new Order("C1", List.of(new Line("TR-1", 2, new BigDecimal("119.99"))), "USD",
            "Jane Doe, 1 Main St, Austin TX 78701, US");

    @Test
    void redeemsATokenOnceForTheExactActionItWasIssuedFor() {
        ActionToken issued = tokens.issue("checkout", order, "s1", LIFETIME);

        ActionToken redeemed = tokens.redeem(issued.value(), "checkout", order, "s1");

        assertThat(redeemed.id()).isEqualTo(issued.id());
        assertThat(redeemed.expiresAt()).isEqualTo(clock.instant().plus(LIFETIME));
        assertThat(redeemed.actionHash()).isEqualTo(ActionTokens.hash(order)).hasSize(64);
        assertThatThrownBy(() -> tokens.redeem(issued.value(), "checkout", order, "s1"))
                .isInstanceOfSatisfying(ActionTokenException.class,
                        e -> assertThat(e.reason()).isEqualTo(ActionTokenException.Reason.USED))
                .hasMessageContaining("already used");
    }

    @Test
    void checkingDoesNotUseTheTokenButReportsThatItWasUsed() {
        String token = tokens.issue("checkout", order, "s1", LIFETIME).value();

        tokens.check(token, "checkout", order, "s1");
        tokens.check(token, "checkout", order, "s1");
        tokens.redeem(token, "checkout", order, "s1");

        assertThatThrownBy(() -> tokens.check(token, "checkout", order, "s1")).hasMessageContaining("already used");
    }

    @Test
    void refusesATokenForAnAlteredAction() {
        String token = tokens.issue("checkout", order, "s1", LIFETIME).value();
        Order tripled = new Order("C1", List.of(new Line("TR-1", 6, new BigDecimal("119.99"))), "USD", order.shipTo());
        Order otherAddress = new Order("C1", order.lines(), "USD", "Mallory, 9 Elm St, Reno NV 89501, US");

        assertThat(reason(() -> tokens.redeem(token, "checkout", tripled, "s1")))
                .isEqualTo(ActionTokenException.Reason.OTHER_ACTION);
        assertThat(reason(() -> tokens.redeem(token, "checkout", otherAddress, "s1")))
                .isEqualTo(ActionTokenException.Reason.OTHER_ACTION);
        tokens.redeem(token, "checkout", order, "s1");
    }

    @Test
    void numbersThatAreEqualHashAlikeAndKeyOrderDoesNotMatter() {
        Order sameValue = new Order("C1", List.of(new Line("TR-1", 2, new BigDecimal("119.990"))), "USD", order.shipTo());

        assertThat(ActionTokens.hash(sameValue)).isEqualTo(ActionTokens.hash(order));
        assertThat(ActionTokens.hash(Map.of("a", 1, "b", 2))).isEqualTo(ActionTokens.hash(Map.of("b", 2, "a", 1)));
        assertThat(ActionTokens.hash(Map.of("a", "1"))).isNotEqualTo(ActionTokens.hash(Map.of("a", 1)));
    }

    @Test
    void isValidUntilTheInstantBeforeItsExpiryAndNotAtIt() {
        String token = tokens.issue("refund", order, "s1", LIFETIME).value();

        clock.advance(LIFETIME.minusMillis(1));
        tokens.check(token, "refund", order, "s1");
        clock.advance(Duration.ofMillis(1));

        assertThatThrownBy(() -> tokens.redeem(token, "refund", order, "s1"))
                .hasMessageContaining("expired at 2026-11-29T10:15:00Z");
    }

    @Test
    void refusesAnotherSessionKindOrKeyAndAnyAlteredCharacter() {
        String token = tokens.issue("refund", order, "s1", LIFETIME).value();
        ActionTokens otherKey = new ActionTokens(TokenKey.of(filled((byte) 7)), UsedTokens.inMemory(clock), clock);
        String flipped = token.substring(0, 10) + (token.charAt(10) == 'A' ? 'B' : 'A') + token.substring(11);

        assertThat(reason(() -> tokens.check(token, "refund", order, "s2")))
                .isEqualTo(ActionTokenException.Reason.OTHER_SESSION);
        assertThat(reason(() -> tokens.check(token, "checkout", order, "s1")))
                .isEqualTo(ActionTokenException.Reason.OTHER_KIND);
        assertThat(reason(() -> otherKey.check(token, "refund", order, "s1")))
                .isEqualTo(ActionTokenException.Reason.BAD_SIGNATURE);
        assertThat(reason(() -> tokens.check(flipped, "refund", order, "s1")))
                .isIn(ActionTokenException.Reason.BAD_SIGNATURE, ActionTokenException.Reason.MALFORMED);
        assertThat(reason(() -> tokens.check("refund.RFP1.abc.9999999999.sig", "refund", order, "s1")))
                .isEqualTo(ActionTokenException.Reason.MALFORMED);
        assertThat(reason(() -> tokens.check(" ", "refund", order, "s1")))
                .isEqualTo(ActionTokenException.Reason.MISSING);
        assertThat(reason(() -> tokens.check("a".repeat(3000) + ".b", "refund", order, "s1")))
                .isEqualTo(ActionTokenException.Reason.MALFORMED);
    }

    @Test
    void termsAreSignedAndReadBack() {
        ActionToken issued = tokens.issue("trade", order, "s1", LIFETIME, Map.of("max_price", "310.57"));

        assertThat(tokens.check(issued.value(), "trade", order, "s1").term("max_price")).isEqualTo("310.57");
        assertThat(tokens.read(issued.value()).terms()).containsEntry("max_price", "310.57");
        assertThatThrownBy(() -> issued.term("min_price")).hasMessageContaining("min_price");
    }

    @Test
    void aSecondInstanceOverTheSameDirectoryVerifiesTheTokenAndRefusesItOnceUsed(@TempDir Path dataDir) {
        ActionTokens first = ActionTokens.inDirectory(dataDir, clock);
        ActionTokens second = ActionTokens.inDirectory(dataDir, clock);
        String token = first.issue("checkout", order, "s1", LIFETIME).value();

        second.redeem(token, "checkout", order, "s1");

        assertThatThrownBy(() -> first.redeem(token, "checkout", order, "s1")).hasMessageContaining("already used");
        assertThatThrownBy(() -> ActionTokens.inDirectory(dataDir, clock).check(token, "checkout", order, "s1"))
                .hasMessageContaining("already used");
    }

    @Test
    void ofConcurrentRedemptionsThroughSeveralInstancesExactlyOneSucceeds(@TempDir Path dataDir) throws Exception {
        List<ActionTokens> instances = List.of(ActionTokens.inDirectory(dataDir, clock),
                ActionTokens.inDirectory(dataDir, clock), ActionTokens.inDirectory(dataDir, clock),
                ActionTokens.inDirectory(dataDir, clock));
        String token = instances.get(0).issue("trade", order, "s1", LIFETIME).value();
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Boolean>> redemptions = instances.stream().map(instance -> (Callable<Boolean>) () -> {
            start.await();
            try {
                instance.redeem(token, "trade", order, "s1");
                return true;
            } catch (ActionTokenException e) {
                return false;
            }
        }).toList();
        ExecutorService pool = Executors.newFixedThreadPool(redemptions.size());
        try {
            List<Future<Boolean>> results = redemptions.stream().map(pool::submit).toList();
            start.countDown();
            long succeeded = 0;
            for (Future<Boolean> result : results) {
                succeeded += result.get() ? 1 : 0;
            }
            assertThat(succeeded).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void withoutAConfiguredKeyIssuingFailsAndSaysHowToConfigureOne() {
        org.junit.jupiter.api.Assumptions.assumeTrue(TokenKey.fromConfiguration().isEmpty());
        ActionTokens unconfigured = ActionTokens.fromConfiguration(clock);

        assertThatThrownBy(() -> unconfigured.issue("checkout", order, "s1", LIFETIME))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(TokenKey.ENVIRONMENT_VARIABLE)
                .hasMessageContaining("inDirectory");
    }

    private static ActionTokenException.Reason reason(Runnable call) {
        try {
            call.run();
        } catch (ActionTokenException e) {
            return e.reason();
        }
        throw new AssertionError("the token was accepted");
    }

    private static byte[] filled(byte value) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, value);
        return bytes;
    }
}
