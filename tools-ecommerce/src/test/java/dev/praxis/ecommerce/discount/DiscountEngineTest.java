package dev.praxis.ecommerce.discount;

import dev.praxis.ecommerce.money.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DiscountEngineTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private static final Instant LATER = Instant.parse("2027-01-01T00:00:00Z");
    private static final Money NONE = Money.of(0, "USD");
    private static final Currency USD = Money.currency("USD");

    private final DiscountEngine engine = new DiscountEngine();

    private static DiscountEngine.Line line(String id, long minor) {
        return new DiscountEngine.Line(id, "Apparel", Money.of(minor, "USD"));
    }

    @Test
    void percentOffIsAllocatedAcrossLinesSummingExactly() {
        // ACP examples/2026-04-17/discount-extension/percentage-discount-with-allocations.json: 2 x 2500 + 6000, 20 %
        DiscountCode summer = DiscountCode.percentOff("SUMMER20", "20", NONE, LATER, false, 1);
        DiscountEngine.Result r = engine.apply(List.of(summer), List.of(line("L1", 5000), line("L2", 6000)), NOW);
        DiscountEngine.Applied applied = r.applied().get(0);
        assertThat(applied.amount()).isEqualTo(Money.of(2200, "USD"));
        assertThat(applied.allocations()).extracting(a -> a.amount().minor()).containsExactly(1000L, 1200L);
    }

    @Test
    void stackedCodesApplyInPriorityOrderEachOnWhatIsLeft() {
        // ACP rfc.discount_extension.md 5.2: 100.00 - 20 % = 80.00, - 10.00 = 70.00
        DiscountCode percent = DiscountCode.percentOff("TWENTY", "20", NONE, LATER, true, 1);
        DiscountCode amount = DiscountCode.amountOff("TEN", Money.of(1000, "USD"), NONE, LATER, true, 2);
        DiscountEngine.Result r = engine.apply(List.of(amount, percent), List.of(line("L1", 10000)), NOW);
        assertThat(r.applied()).extracting(DiscountEngine.Applied::code).containsExactly("TWENTY", "TEN");
        long total = r.applied().stream().mapToLong(a -> a.amount().minor()).sum();
        assertThat(10000 - total).isEqualTo(7000);
    }

    @Test
    void oddAmountsAllocateByLargestRemainder() {
        DiscountCode five = DiscountCode.amountOff("FIVE", Money.of(500, "USD"), NONE, LATER, true, 1);
        DiscountEngine.Result r = engine.apply(List.of(five), List.of(line("L1", 3333), line("L2", 3333), line("L3", 3334)), NOW);
        assertThat(r.applied().get(0).allocations()).extracting(a -> a.amount().minor()).containsExactly(167L, 166L, 167L);
    }

    @Test
    void amountOffNeverExceedsTheEligibleTotal() {
        DiscountCode big = DiscountCode.amountOff("BIG", Money.of(99900, "USD"), NONE, LATER, true, 1);
        DiscountEngine.Result r = engine.apply(List.of(big), List.of(line("L1", 1234)), NOW);
        assertThat(r.applied().get(0).amount()).isEqualTo(Money.of(1234, "USD"));
    }

    @Test
    void refusesANonCombinableCodeNextToAnother() {
        DiscountCode exclusive = DiscountCode.percentOff("WELCOME10", "10", NONE, LATER, false, 1);
        DiscountCode stackable = DiscountCode.amountOff("SAVE5", Money.of(500, "USD"), NONE, LATER, true, 2);
        List<DiscountEngine.Line> lines = List.of(line("L1", 10000));
        assertThatThrownBy(() -> engine.checkCanAdd(stackable, List.of(exclusive), USD, lines, NOW))
                .isInstanceOf(DiscountRejection.class).hasMessageStartingWith("not_combinable");
        assertThatThrownBy(() -> engine.checkCanAdd(exclusive, List.of(stackable), USD, lines, NOW))
                .hasMessageStartingWith("not_combinable");
        DiscountCode other = DiscountCode.freeShipping("FREESHIP", NONE, LATER, 3);
        engine.checkCanAdd(other, List.of(stackable), USD, lines, NOW);
    }

    @Test
    void refusesExpiredCodesAndCodesBelowTheirMinimum() {
        DiscountCode expired = DiscountCode.percentOff("OLD", "10", NONE, NOW, true, 1);
        DiscountCode minimum = DiscountCode.amountOff("SAVE5", Money.of(500, "USD"), Money.of(5000, "USD"), LATER, true, 1);
        List<DiscountEngine.Line> small = List.of(line("L1", 4999));
        assertThatThrownBy(() -> engine.checkCanAdd(expired, List.of(), USD, small, NOW)).hasMessageStartingWith("expired");
        assertThatThrownBy(() -> engine.checkCanAdd(minimum, List.of(), USD, small, NOW))
                .hasMessageStartingWith("min_subtotal").hasMessageContaining("USD 50.00");
        engine.checkCanAdd(minimum, List.of(), USD, List.of(line("L1", 5000)), NOW);
    }

    @Test
    void dropsACodeThatExpiredAfterItWasAppliedWithANote() {
        DiscountCode soon = DiscountCode.percentOff("SOON", "10", NONE, Instant.parse("2026-11-29T12:00:00Z"), true, 1);
        DiscountEngine.Result r = engine.apply(List.of(soon), List.of(line("L1", 1000)), Instant.parse("2026-11-29T12:00:00Z"));
        assertThat(r.applied()).isEmpty();
        assertThat(r.notes()).singleElement().asString().contains("SOON no longer applies");
    }

    @Test
    void categoryCodesDiscountOnlyTheirCategory() {
        DiscountCode outdoor = DiscountCode.percentOff("OUTDOOR15", "15", NONE, LATER, true, 1).onlyFor("Outdoor");
        List<DiscountEngine.Line> lines = List.of(new DiscountEngine.Line("L1", "Outdoor", Money.of(2000, "USD")),
                line("L2", 5000));
        DiscountEngine.Result r = engine.apply(List.of(outdoor), lines, NOW);
        assertThat(r.applied().get(0).allocations()).singleElement()
                .satisfies(a -> assertThat(a.lineId()).isEqualTo("L1"))
                .satisfies(a -> assertThat(a.amount().minor()).isEqualTo(300));
        assertThatThrownBy(() -> engine.checkCanAdd(outdoor, List.of(), USD, List.of(line("L2", 5000)), NOW))
                .hasMessageStartingWith("not_applicable");
    }

    @Test
    void refusesACodeInAnotherCurrencyThanTheCartWithAReason() {
        DiscountCode euro = DiscountCode.amountOff("EURO5", Money.of(500, "EUR"), Money.of(0, "EUR"), LATER, true, 1);
        assertThatThrownBy(() -> engine.checkCanAdd(euro, List.of(), USD, List.of(line("L1", 5000)), NOW))
                .isInstanceOfSatisfying(DiscountRejection.class,
                        r -> assertThat(r.reason()).isEqualTo(DiscountRejection.Reason.CURRENCY_MISMATCH))
                .hasMessage("currency_mismatch: EURO5 is a EUR code and this cart is in USD; it cannot be used on this cart");
        assertThatThrownBy(() -> engine.checkCanAdd(euro, List.of(), USD, List.of(), NOW))
                .hasMessageStartingWith("currency_mismatch");
    }

    @Test
    void dropsACodeInAnotherCurrencyAtPricingWithANote() {
        DiscountCode euro = DiscountCode.percentOff("EURO10", "10", Money.of(0, "EUR"), LATER, true, 1);
        DiscountEngine.Result r = engine.apply(List.of(euro), List.of(line("L1", 5000)), NOW);
        assertThat(r.applied()).isEmpty();
        assertThat(r.notes()).singleElement().asString().contains("EURO10 no longer applies", "EUR code");
    }
}
