package dev.praxis.ecommerce.order;

import dev.praxis.ecommerce.money.Money;
import dev.praxis.ecommerce.records.ShopRecords;
import dev.praxis.ecommerce.shipping.Address;
import dev.praxis.records.RecordStore;
import dev.praxis.records.StoredRecord;
import dev.praxis.tool.ToolException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The store's orders, kept in a {@link RecordStore} (kind {@value ShopRecords#ORDER}, one record per order) so
 * that they outlive the process and every process on the store sees them. Shoppers see only their own orders;
 * status changes go through {@link OrderStateMachine}; refunds are recorded per order line and checked against
 * what is left on each line in the same compare-and-set that records them, so two refunds, from two threads or
 * two processes, can never together exceed what was paid for a line.
 * Whether a line may be refunded at all (return windows, exclusions) is the return policy's decision, made
 * before a refund reaches the book.
 *
 * <p>{@link #advance} is the warehouse's side (fulfilment, shipping, delivery); it is not a tool.
 */
public final class OrderBook {

    // Order ids a model may pass; anything else is an order that does not exist, never a malformed store key.
    private static final Pattern VALID_ID = Pattern.compile("O-[0-9]{1,18}");
    private static final int PAGE = 500;

    private final Clock clock;
    private final RecordStore records;

    /**
     * The order book kept in {@code records}, stamping events with {@code clock}.
     *
     * @param clock the time source for order dates and tracking events
     * @param records where orders and sequences are kept
     */
    public OrderBook(Clock clock, RecordStore records) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.records = Objects.requireNonNull(records, "records");
    }

    /**
     * A fresh order id ({@code O-1001}, {@code O-1002}, ...), unique across every process on the store. Checkout
     * takes one before placing, so that after a crash it can tell whether the order it meant was placed.
     *
     * @return the order id
     */
    public String nextOrderId() {
        return "O-" + ShopRecords.next(records, "order", 1000);
    }

    /**
     * Records a new order in {@link OrderStatus#PLACED} under a fresh id.
     *
     * @param owner the customer who owns the order
     * @param lines the ordered lines
     * @param shipTo the shipping address
     * @param shippingOption the shipping option's id
     * @param shipping the shipping price paid
     * @return the placed order
     */
    public Order place(String owner, List<OrderLine> lines, Address shipTo, String shippingOption, Money shipping) {
        return place(nextOrderId(), owner, lines, shipTo, shippingOption, shipping);
    }

    /**
     * Records a new order in {@link OrderStatus#PLACED} under {@code orderId} (from {@link #nextOrderId()}).
     *
     * @param orderId the id to place under, from {@link #nextOrderId()}
     * @param owner the customer who owns the order
     * @param lines the ordered lines
     * @param shipTo the shipping address
     * @param shippingOption the shipping option's id
     * @param shipping the shipping price paid
     * @return the placed order
     * @throws dev.praxis.records.RecordConflictException if an order {@code orderId} exists: an id places at most
     *                                                     one order
     */
    public Order place(String orderId, String owner, List<OrderLine> lines, Address shipTo, String shippingOption,
                       Money shipping) {
        Money total = lines.stream().map(OrderLine::paid).reduce(shipping, Money::plus);
        Instant now = clock.instant();
        Order order = new Order(orderId, owner, now, OrderStatus.PLACED, lines, shipTo, shippingOption, shipping, total,
                List.of(), List.of(new TrackingEvent(now, OrderStatus.PLACED, "order placed")), null, null);
        ShopRecords.create(records, ShopRecords.ORDER, orderId, order);
        return order;
    }

    /**
     * The order {@code orderId} of {@code owner}; another shopper's order is reported as missing.
     *
     * @param owner the customer asking
     * @param orderId the order's id
     * @return the order
     */
    public Order get(String owner, String orderId) {
        return find(orderId).filter(o -> o.owner().equals(owner))
                .orElseThrow(() -> new ToolException("order_id: no order '" + orderId + "' for this customer"));
    }

    /**
     * The order {@code orderId} whoever owns it, if it exists (the warehouse's and recovery's view).
     *
     * @param orderId the order's id
     * @return the order, or empty when there is none
     */
    public Optional<Order> find(String orderId) {
        if (orderId == null || !VALID_ID.matcher(orderId).matches()) {
            return Optional.empty();
        }
        return ShopRecords.get(records, ShopRecords.ORDER, orderId, Order.class);
    }

    /**
     * The orders of {@code owner}, newest first, optionally only those in {@code status}. Reads every order in the
     * store page by page: fine for a demo shop, a real one would keep an index per customer.
     *
     * @param owner the customer whose orders to list
     * @param status the only status to list; every status when empty
     * @return the orders, newest first
     */
    public List<Order> list(String owner, Optional<OrderStatus> status) {
        List<Order> found = new ArrayList<>();
        String after = "";
        while (true) {
            List<StoredRecord> page = records.list(ShopRecords.ORDER, after, PAGE);
            for (StoredRecord r : page) {
                Order o = ShopRecords.read(r, Order.class);
                if (o.owner().equals(owner) && status.map(s -> o.status() == s).orElse(true)) {
                    found.add(o);
                }
            }
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1).id();
        }
        found.sort(Comparator.comparing(Order::placedAt).thenComparing(Order::id).reversed());
        return List.copyOf(found);
    }

    /**
     * Moves {@code orderId} to {@code to} (warehouse and carrier events), recording a tracking event.
     *
     * @param orderId the order to move
     * @param to the new status
     * @param description the tracking event's text
     * @return the order in its new status
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
     *
     * @param owner the customer who owns the order
     * @param orderId the order to cancel
     * @param reason why, recorded on the refund
     * @return the cancelled order
     */
    public Order cancel(String owner, String orderId, String reason) {
        get(owner, orderId);
        Instant now = clock.instant();
        String refundId = nextRefundId();
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
                refunds.add(new Refund(refundId, orderId, order.refundableBalance(), lines,
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
     * @param owner the customer who owns the order
     * @param orderId the order to refund
     * @param lines the lines and amounts to pay back
     * @param reason why, recorded on the refund
     * @return the order with the refund recorded
     * @throws ToolException naming the line and the amount still refundable on it
     */
    public Order refund(String owner, String orderId, List<RefundLine> lines, String reason) {
        return refund(owner, orderId, nextRefundId(), lines, reason);
    }

    /**
     * A fresh refund id ({@code R1}, {@code R2}, ...), unique across every process on the store.
     *
     * @return the refund id
     */
    public String nextRefundId() {
        return "R" + ShopRecords.next(records, "refund", 0);
    }

    /**
     * Like {@link #refund(String, String, List, String)} under {@code refundId} (from {@link #nextRefundId()}):
     * when the order already holds a refund with that id, it is returned unchanged, so a refund id refunds at
     * most once.
     *
     * @param owner the customer who owns the order
     * @param orderId the order to refund
     * @param refundId the refund's id, from {@link #nextRefundId()}
     * @param lines the lines and amounts to pay back
     * @param reason why, recorded on the refund
     * @return the order with the refund recorded
     */
    public Order refund(String owner, String orderId, String refundId, List<RefundLine> lines, String reason) {
        get(owner, orderId);
        if (lines.isEmpty()) {
            throw new ToolException("a refund needs at least one order line");
        }
        if (lines.stream().map(RefundLine::lineId).distinct().count() != lines.size()) {
            throw new ToolException("a refund names each order line once, got " + lines.stream().map(RefundLine::lineId).toList());
        }
        Instant now = clock.instant();
        return change(orderId, order -> {
            if (order.refunds().stream().anyMatch(r -> r.refundId().equals(refundId))) {
                return order;
            }
            if (order.status() == OrderStatus.CANCELLED) {
                throw new ToolException("order " + orderId + " was cancelled and already refunded in full");
            }
            lines.forEach(l -> requireRefundable(order, l));
            Money amount = lines.stream().map(RefundLine::amount).reduce(Money.zero(order.total().currency()), Money::plus);
            List<Refund> refunds = new ArrayList<>(order.refunds());
            refunds.add(new Refund(refundId, orderId, amount, lines,
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

    // One compare-and-set of the order's record: the checks inside the change see the order as it is written over,
    // so they hold across processes. The change may run more than once, so it reads only its argument.
    private Order change(String orderId, UnaryOperator<Order> change) {
        if (find(orderId).isEmpty()) {
            throw new ToolException("order_id: no order '" + orderId + "'");
        }
        return records.update(ShopRecords.ORDER, orderId, Order.class, change);
    }
}
