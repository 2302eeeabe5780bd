package dev.praxis.ecommerce.order;

import dev.praxis.ecommerce.money.Money;
import dev.praxis.ecommerce.shipping.Address;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable snapshot of an order.
 *
 * @param id             e.g. {@code O-1001}
 * @param owner          session that placed it
 * @param placedAt       when it was placed
 * @param status         lifecycle status
 * @param lines          what was bought
 * @param shipTo         destination
 * @param shippingOption shipping option id
 * @param shipping       shipping paid
 * @param total          everything paid: lines plus shipping
 * @param refunds        refunds issued, oldest first
 * @param events         tracking history, oldest first
 * @param trackingNumber carrier tracking number once shipped, else null
 * @param deliveredOn    delivery date (UTC) once delivered, else null
 */
public record Order(String id, String owner, Instant placedAt, OrderStatus status, List<OrderLine> lines,
                    Address shipTo, String shippingOption, Money shipping, Money total, List<Refund> refunds,
                    List<TrackingEvent> events, String trackingNumber, LocalDate deliveredOn) {

    /**
     * Checks the id and status and copies the lists.
     *
     * @param id e.g. {@code O-1001}
     * @param owner session that placed it
     * @param placedAt when it was placed
     * @param status lifecycle status
     * @param lines what was bought
     * @param shipTo destination
     * @param shippingOption shipping option id
     * @param shipping shipping paid
     * @param total everything paid: lines plus shipping
     * @param refunds refunds issued, oldest first
     * @param events tracking history, oldest first
     * @param trackingNumber carrier tracking number once shipped, else null
     * @param deliveredOn delivery date (UTC) once delivered, else null
     */
    public Order {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        lines = List.copyOf(lines);
        refunds = List.copyOf(refunds);
        events = List.copyOf(events);
    }

    /**
     * Sum of all refunds.
     *
     * @return the refunded total
     */
    public Money refunded() {
        return refunds.stream().map(Refund::amount).reduce(Money.zero(total.currency()), Money::plus);
    }

    /**
     * What can still be refunded: total paid minus refunds so far.
     *
     * @return the refundable balance
     */
    public Money refundableBalance() {
        return total.minus(refunded());
    }

    /**
     * What the refunds so far gave back for line {@code lineId}.
     *
     * @param lineId the line's id
     * @return the refunded amount on that line, zero if none
     */
    public Money refundedOn(String lineId) {
        return refunds.stream().flatMap(r -> r.lines().stream()).filter(l -> l.lineId().equals(lineId))
                .map(RefundLine::amount).reduce(Money.zero(total.currency()), Money::plus);
    }

    /**
     * The line {@code lineId}, if the order has it.
     *
     * @param lineId the line's id
     * @return the line, or empty when the order has none with that id
     */
    public Optional<OrderLine> line(String lineId) {
        return lines.stream().filter(l -> l.lineId().equals(lineId)).findFirst();
    }
}
