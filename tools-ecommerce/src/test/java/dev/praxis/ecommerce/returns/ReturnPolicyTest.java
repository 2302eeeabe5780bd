package dev.praxis.ecommerce.returns;

import dev.praxis.ecommerce.money.Money;
import dev.praxis.ecommerce.order.Order;
import dev.praxis.ecommerce.order.OrderLine;
import dev.praxis.ecommerce.order.OrderStatus;
import dev.praxis.ecommerce.order.Refund;
import dev.praxis.ecommerce.order.RefundLine;
import dev.praxis.ecommerce.shipping.Address;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReturnPolicyTest {

    private static final LocalDate DELIVERED = LocalDate.parse("2026-03-01");
    private final ReturnPolicy policy = ReturnPolicy.standard();

    private static OrderLine line(String id, String category, boolean finalSale) {
        Money paid = Money.of(5000, "USD");
        return new OrderLine(id, "SKU-" + id, "P1", "Item " + id, category, finalSale, 1, paid,
                Money.of(0, "USD"), Money.of(0, "USD"), paid);
    }

    private static Order order(String country, OrderStatus status, OrderLine... lines) {
        Address to = new Address("A", "1 St", "City", country.equals("US") ? "NY" : null, "1", country);
        return new Order("O-1", "s", Instant.parse("2026-02-25T10:00:00Z"), status, List.of(lines), to, "standard",
                Money.of(0, "USD"), Money.of(5000L * lines.length, "USD"), List.of(), List.of(), null,
                status == OrderStatus.DELIVERED ? DELIVERED : null);
    }

    private LineEligibility only(Order order, String asOf) {
        return policy.check(order, LocalDate.parse(asOf)).get(0);
    }

    @Test
    void thirtyDayWindowCountsFromDeliveryAndIncludesItsLastDay() {
        Order o = order("US", OrderStatus.DELIVERED, line("L1", "Apparel", false));
        assertThat(only(o, "2026-03-31")).satisfies(e -> {
            assertThat(e.eligible()).isTrue();
            assertThat(e.windowEnds()).isEqualTo(LocalDate.parse("2026-03-31"));
            assertThat(e.refundable()).isEqualTo(Money.of(5000, "USD"));
        });
        assertThat(only(o, "2026-04-01").eligible()).isFalse();
        assertThat(only(o, "2026-04-01").rule()).contains("ended on 2026-03-31");
    }

    @Test
    void electronicsHaveFifteenDaysCountedFromTheDayAfterDelivery() {
        Order o = order("US", OrderStatus.DELIVERED, line("L1", "Electronics", false));
        assertThat(only(o, "2026-03-16").eligible()).isTrue();
        assertThat(only(o, "2026-03-17").eligible()).isFalse();
    }

    @Test
    void finalSaleIsNotReturnableInTheUsButHasTheStatutoryFourteenDaysInTheEu() {
        assertThat(only(order("US", OrderStatus.DELIVERED, line("L1", "Apparel", true)), "2026-03-02"))
                .satisfies(e -> assertThat(e.eligible()).isFalse())
                .satisfies(e -> assertThat(e.rule()).contains("final sale"));
        Order eu = order("DE", OrderStatus.DELIVERED, line("L1", "Apparel", true));
        assertThat(only(eu, "2026-03-15")).satisfies(e -> assertThat(e.eligible()).isTrue())
                .satisfies(e -> assertThat(e.rule()).contains("statutory"));
        assertThat(only(eu, "2026-03-16").eligible()).isFalse();
    }

    @Test
    void excludedCategoriesAreNeverReturnable() {
        Order o = order("FR", OrderStatus.DELIVERED, line("L1", "Gift Cards", false), line("L2", "Personal Care", false));
        assertThat(policy.check(o, DELIVERED)).allSatisfy(e -> {
            assertThat(e.eligible()).isFalse();
            assertThat(e.refundable().isZero()).isTrue();
        });
    }

    @Test
    void undeliveredOrdersCannotBeReturned() {
        assertThat(only(order("US", OrderStatus.SHIPPED, line("L1", "Apparel", false)), "2026-03-02").rule())
                .contains("not delivered");
    }

    @Test
    void refundableIsWhatIsLeftAfterEarlierRefundsOfTheSameLine() {
        Order o = order("US", OrderStatus.DELIVERED, line("L1", "Apparel", false), line("L2", "Apparel", false));
        Refund earlier = new Refund("R1", "O-1", Money.of(2000, "USD"), List.of(new RefundLine("L1", Money.of(2000, "USD"))),
                Money.of(0, "USD"), "too small", Instant.parse("2026-03-02T10:00:00Z"));
        Order refunded = new Order(o.id(), o.owner(), o.placedAt(), o.status(), o.lines(), o.shipTo(), o.shippingOption(),
                o.shipping(), o.total(), List.of(earlier), o.events(), o.trackingNumber(), o.deliveredOn());
        List<LineEligibility> lines = policy.check(refunded, LocalDate.parse("2026-03-05"));
        assertThat(lines.get(0).refunded()).isEqualTo(Money.of(2000, "USD"));
        assertThat(lines.get(0).refundable()).isEqualTo(Money.of(3000, "USD"));
        assertThat(lines.get(1).refundable()).isEqualTo(Money.of(5000, "USD"));
    }

    @Test
    void aLineRefundedInFullIsNoLongerEligible() {
        Order o = order("US", OrderStatus.DELIVERED, line("L1", "Apparel", false));
        Refund full = new Refund("R1", "O-1", Money.of(5000, "USD"), List.of(new RefundLine("L1", Money.of(5000, "USD"))),
                Money.of(0, "USD"), "return", Instant.parse("2026-03-02T10:00:00Z"));
        Order refunded = new Order(o.id(), o.owner(), o.placedAt(), o.status(), o.lines(), o.shipTo(), o.shippingOption(),
                o.shipping(), o.total(), List.of(full), o.events(), o.trackingNumber(), o.deliveredOn());
        assertThat(only(refunded, "2026-03-05")).satisfies(e -> {
            assertThat(e.eligible()).isFalse();
            assertThat(e.decision()).isEqualTo(LineEligibility.Decision.ALREADY_REFUNDED);
            assertThat(e.refundable().isZero()).isTrue();
        });
    }
}
