package dev.praxis.ecommerce.checkout;

import dev.praxis.ecommerce.order.Order;

/**
 * The order a checkout produced.
 *
 * @param order    the order
 * @param replayed true when this is the stored result of an earlier request with the same idempotency key
 */
public record PlacedOrder(Order order, boolean replayed) {
}
