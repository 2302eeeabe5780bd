package dev.praxis.ecommerce.order;

import dev.praxis.ecommerce.money.Money;
import dev.praxis.ecommerce.shipping.Address;
import dev.praxis.tool.ToolException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * The store's orders, in memory. Shoppers see only their own orders; status changes go through
 * {@link OrderStateMachine}; refunds are recorded per order line and checked against what is left on each line
 * under the same lock that records them, so two refunds can never together exceed what was paid for a line.
 * Whether a line may be refunded at all (return windows, exclusions) is the return policy's decision, made
 * before a refund reaches the book.
 *
 * <p>{@link #advance} is the warehouse's side (fulfilment, shipping, delivery); it is not a tool.
 */
public final class OrderBook {

    private final Clock clock;
    private final Map<String, Order> orders = new ConcurrentHashMap<>();
    private final AtomicLong orderIds = new AtomicLong(1000);
    private final AtomicLong refundIds = new AtomicLong();

    /** An empty order book stamping events with {@code clock}. */
    public OrderBook(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Records a new order in {@link OrderStatus#PLACED}. */
    public Order place(String owner, List<OrderLine> lines, Address shipTo, String shippingOption, Money shipping) {
        Money total = lines.stream().map(OrderLine::paid).reduce(shipping, Money::plus);
        Instant now = clock.instant();
        String id = "O-" + orderIds.incrementAndGet();
        Order order = new Order(id, owner, now, OrderStatus.PLACED, lines, shipTo, shippingOption, shipping, total,
                List.of(), List.of(new TrackingEvent(now, OrderStatus.PLACED, "order placed")), null, null);
        orders.put(id, order);
        return order;
    }

    /** The order {@code orderId} of {@code owner}; another shopper's order is reported as missing. */
    public Order get(String owner, String orderId) {
        Order order = orders.get(orderId);
        if (order == null || !order.owner().equals(owner)) {
            throw new ToolException("order_id: no order '" + orderId + "' for this customer");
        }
        return order;
    }

    /** The orders of {@code owner}, newest first, optionally only those in {@code status}. */
    public List<Order> list(String owner, Optional<OrderStatus> status) {
        return orders.values().stream().filter(o -> o.owner().equals(owner))
                .filter(o -> status.map(s -> o.status() == s).orElse(true))
                .sorted(Comparator.comparing(Order::placedAt).thenComparing(Order::id).reversed()).toList();
    }

    /**
     * Moves {@code orderId} to {@code to} (warehouse and carrier events), recording a tracking event.
     *
     * @throws IllegalTransitionException when the state machine forbids it
     */
    public Order advance(String orderId, OrderStatus to, String description) {
        Instant now = clock.instant();
        return change(orderId, order -> {
            OrderStateMachine.require(order.id(), order.status(), to);
            String tracking = to == OrderStatus.SHIPPED ? "1Z" + order.id().replace("-", "").toUpperCase(Locale.ROOT) + "PX"
                    : order.trackingNumber();
            LocalDate delivered = to == OrderStatus.DELIVERED ? LocalDate.ofInstant(now, ZoneOffset.UTC) : order.deliveredOn();
            List<TrackingEvent> events = new ArrayList<>(order.events());
            events.add(new TrackingEvent(now, to, description));
            return new Order(order.id(), order.owner(), order.placedAt(), to, order.lines(), order.shipTo(),
                    order.shippingOption(), order.shipping(), order.total(), order.refunds(), events, tracking, delivered);
        });
    }

    /**
     * Cancels an order that has not entered fulfilment and refunds everything still paid: every line and the
     * shipping. The state machine decides what may be cancelled; this book adds no exception to it.
     */
    public Order cancel(String owner, String orderId, String reason) {
        get(owner, orderId);
        Instant now = clock.instant();
        return change(orderId, order -> {
            OrderStateMachine.require(order.id(), order.status(), OrderStatus.CANCELLED);
            List<RefundLine> lines = order.lines().stream()
                    .map(l -> new LineLeft(l.lineId(), l.paid().minus(order.refundedOn(l.lineId()))))
                    .filter(l -> l.left().isPositive()).map(l -> new RefundLine(l.lineId(), l.left())).toList();
            Money items = lines.stream().map(RefundLine::amount).reduce(Money.zero(order.total().currency()), Money::plus);
            Money shipping = order.refundableBalance().minus(items);
            List<TrackingEvent> events = new ArrayList<>(order.events());
            events.add(new TrackingEvent(now, OrderStatus.CANCELLED, "cancelled: " + reason));
            List<Refund> refunds = new ArrayList<>(order.refunds());
            if (order.refundableBalance().isPositive()) {
                refunds.add(new Refund("R" + refundIds.incrementAndGet(), orderId, order.refundableBalance(), lines,
                        shipping, "order cancelled: " + reason, now));
            }
            return new Order(order.id(), order.owner(), order.placedAt(), OrderStatus.CANCELLED, order.lines(),
                    order.shipTo(), order.shippingOption(), order.shipping(), order.total(), refunds, events,
                    order.trackingNumber(), order.deliveredOn());
        });
    }

    private record LineLeft(String lineId, Money left) {
    }

    /**
     * Records a refund of {@code lines} (items only; shipping is refunded by cancellation alone). Checked under
     * the order's lock: the order is not cancelled, every line exists and none gets back more than was paid
     * for it minus what it already got back.
     *
     * @throws ToolException naming the line and the amount still refundable on it
     */
    public Order refund(String owner, String orderId, List<RefundLine> lines, String reason) {
        get(owner, orderId);
        if (lines.isEmpty()) {
            throw new ToolException("a refund needs at least one order line");
        }
        if (lines.stream().map(RefundLine::lineId).distinct().count() != lines.size()) {
            throw new ToolException("a refund names each order line once, got " + lines.stream().map(RefundLine::lineId).toList());
        }
        Instant now = clock.instant();
        return change(orderId, order -> {
            if (order.status() == OrderStatus.CANCELLED) {
                throw new ToolException("order " + orderId + " was cancelled and already refunded in full");
            }
            lines.forEach(l -> requireRefundable(order, l));
            Money amount = lines.stream().map(RefundLine::amount).reduce(Money.zero(order.total().currency()), Money::plus);
            List<Refund> refunds = new ArrayList<>(order.refunds());
            refunds.add(new Refund("R" + refundIds.incrementAndGet(), orderId, amount, lines,
                    Money.zero(amount.currency()), reason, now));
            return new Order(order.id(), order.owner(), order.placedAt(), order.status(), order.lines(), order.shipTo(),
                    order.shippingOption(), order.shipping(), order.total(), refunds, order.events(),
                    order.trackingNumber(), order.deliveredOn());
        });
    }

    private static void requireRefundable(Order order, RefundLine refund) {
        OrderLine line = order.line(refund.lineId()).orElseThrow(() -> new ToolException("line_ids: order " + order.id()
                + " has no line '" + refund.lineId() + "'; its lines are "
                + order.lines().stream().map(OrderLine::lineId).toList()));
        Money left = line.paid().minus(order.refundedOn(line.lineId()));
        if (refund.amount().compareTo(left) > 0) {
            throw new ToolException("line " + line.lineId() + " (" + line.title() + ") can get back at most " + left
                    + " (paid " + line.paid() + ", refunded " + order.refundedOn(line.lineId()) + "), not " + refund.amount());
        }
    }

    private Order change(String orderId, UnaryOperator<Order> change) {
        Order updated = orders.computeIfPresent(orderId, (id, order) -> change.apply(order));
        if (updated == null) {
            throw new ToolException("order_id: no order '" + orderId + "'");
        }
        return updated;
    }
}
