package dev.praxis.ecommerce.order;

/** Where an order is in its life. Refunds are adjustments on an order, not statuses. */
public enum OrderStatus {
    /** Paid and waiting for the warehouse; the only status from which it can be cancelled. */
    PLACED,
    /** Being picked and packed: fulfilment has started. */
    PROCESSING,
    /** Handed to the carrier, with a tracking number. */
    SHIPPED,
    /** Delivered; return windows count from this day. */
    DELIVERED,
    /** Cancelled before fulfilment and refunded in full. */
    CANCELLED
}
