package dev.praxis.ecommerce.order;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The order lifecycle as an explicit table:
 * <pre>
 * PLACED -> PROCESSING -> SHIPPED -> DELIVERED
 * PLACED -> CANCELLED
 * </pre>
 * Every other move is illegal: a delivered order is returned, not cancelled; a shipped order cannot go back
 * to the warehouse; cancelled and delivered are final.
 */
public final class OrderStateMachine {

    private static final Map<OrderStatus, Set<OrderStatus>> NEXT = new EnumMap<>(OrderStatus.class);

    static {
        NEXT.put(OrderStatus.PLACED, EnumSet.of(OrderStatus.PROCESSING, OrderStatus.CANCELLED));
        NEXT.put(OrderStatus.PROCESSING, EnumSet.of(OrderStatus.SHIPPED));
        NEXT.put(OrderStatus.SHIPPED, EnumSet.of(OrderStatus.DELIVERED));
        NEXT.put(OrderStatus.DELIVERED, EnumSet.noneOf(OrderStatus.class));
        NEXT.put(OrderStatus.CANCELLED, EnumSet.noneOf(OrderStatus.class));
    }

    private OrderStateMachine() {
    }

    /**
     * The statuses {@code from} may move to.
     *
     * @param from the current status
     * @return the legal next statuses
     */
    public static Set<OrderStatus> next(OrderStatus from) {
        return java.util.Collections.unmodifiableSet(EnumSet.copyOf(NEXT.get(from)));
    }

    /**
     * Whether {@code from} may move to {@code to}.
     *
     * @param from the current status
     * @param to the requested status
     * @return true when the transition is legal
     */
    public static boolean allows(OrderStatus from, OrderStatus to) {
        return NEXT.get(from).contains(to);
    }

    /**
     * Returns normally when {@code orderId} may move from {@code from} to {@code to}.
     *
     * @param orderId the order, named in the error
     * @param from the current status
     * @param to the requested status
     * @throws IllegalTransitionException otherwise, naming both statuses and the legal next ones
     */
    public static void require(String orderId, OrderStatus from, OrderStatus to) {
        if (!allows(from, to)) {
            Set<OrderStatus> legal = NEXT.get(from);
            throw new IllegalTransitionException("order " + orderId + " cannot move from " + from + " to " + to
                    + "; from " + from + " it can only move to " + (legal.isEmpty() ? "nothing (final status)" : legal)
                    + hint(from, to));
        }
    }

    private static String hint(OrderStatus from, OrderStatus to) {
        if (to == OrderStatus.CANCELLED && (from == OrderStatus.PROCESSING || from == OrderStatus.SHIPPED)) {
            return ". Fulfilment has started: wait for delivery and start a return instead";
        }
        if (to == OrderStatus.CANCELLED && from == OrderStatus.DELIVERED) {
            return ". Delivered orders are returned and refunded, not cancelled";
        }
        return "";
    }
}
