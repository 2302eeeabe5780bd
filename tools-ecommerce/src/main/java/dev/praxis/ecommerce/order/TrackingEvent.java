package dev.praxis.ecommerce.order;

import java.time.Instant;

/**
 * Something that happened to an order on its way.
 *
 * @param at          when
 * @param status      the status it entered
 * @param description what happened, e.g. "handed to carrier"
 */
public record TrackingEvent(Instant at, OrderStatus status, String description) {
}
