package dev.praxis.ecommerce.order;

import dev.praxis.ecommerce.money.Money;
import dev.praxis.ecommerce.shipping.Address;
import dev.praxis.records.InMemoryRecordStore;
import dev.praxis.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderBookRefundTest {

    private final OrderBook book = new OrderBook(MutableClock.at("2026-11-29T10:00:00Z"),
            InMemoryRecordStore.create());

    private static OrderLine line(String id, long paid) {
        Money p = Money.of(paid, "USD");
        return new OrderLine(id, "SKU-" + id, "P1", "Item " + id, "Apparel", false, 1, p, Money.of(0, "USD"),
                Money.of(0, "USD"), p);
    }

    private Order placed() {
        return book.place("ada", List.of(line("L1", 3000), line("L2", 2000)),
                new Address("Ada", "1 Main St", "Austin", "TX", "78701", "US"), "standard", Money.of(599, "USD"));
    }

    private static RefundLine back(String lineId, long minor) {
        return new RefundLine(lineId, Money.of(minor, "USD"));
    }

    @Test
    void neverGivesALineBackMoreThanWasPaidForIt() {
        String id = placed().id();
        book.refund("ada", id, List.of(back("L1", 2500)), "partly");
        assertThatThrownBy(() -> book.refund("ada", id, List.of(back("L1", 501)), "again"))
                .hasMessageContaining("line L1 (Item L1) can get back at most USD 5.00");
        assertThatThrownBy(() -> book.refund("ada", id, List.of(back("L2", 100), back("L2", 100)), "twice"))
                .hasMessageContaining("names each order line once");
        assertThatThrownBy(() -> book.refund("ada", id, List.of(back("L7", 100)), "unknown"))
                .hasMessageContaining("has no line 'L7'");
        Order after = book.refund("ada", id, List.of(back("L1", 500), back("L2", 2000)), "rest");
        assertThat(after.refundedOn("L1")).isEqualTo(Money.of(3000, "USD"));
        assertThat(after.refundableBalance()).as("shipping is all that is left").isEqualTo(Money.of(599, "USD"));
    }

    @Test
    void cancellationRefundsWhatIsLeftOnEveryLineAndTheShipping() {
        Order cancelled = book.cancel("ada", placed().id(), "duplicate");
        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.refunds()).singleElement().satisfies(r -> {
            assertThat(r.amount()).isEqualTo(Money.of(5599, "USD"));
            assertThat(r.shipping()).isEqualTo(Money.of(599, "USD"));
            assertThat(r.lines()).containsExactly(back("L1", 3000), back("L2", 2000));
        });
        assertThatThrownBy(() -> book.refund("ada", cancelled.id(), List.of(back("L1", 1)), "more"))
                .hasMessageContaining("cancelled and already refunded in full");
    }
}
