package dev.praxis.ecommerce.order;

import dev.praxis.tool.UntrustedText;

import java.time.Instant;

/**
 * Something that happened to an order on its way.
 *
 * @param at          when
 * @param status      the status it entered
 * @param description what happened, e.g. "handed to carrier"
 */
public record TrackingEvent(Instant at, OrderStatus status, String description) {

    /**
     * Cleans the carrier's description.
     *
     * @param at when
     * @param status the status it entered
     * @param description what happened, e.g. "handed to carrier"
     */
    public TrackingEvent {
        // A carrier's text, shown to models by track_shipment.
        description = UntrustedText.cleanOrNull(description);
    }
}
