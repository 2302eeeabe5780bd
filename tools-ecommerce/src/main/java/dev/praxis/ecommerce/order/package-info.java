/**
 * Orders and their lifecycle: {@link dev.praxis.ecommerce.order.OrderStateMachine} is the one place that
 * decides which status may follow which; {@link dev.praxis.ecommerce.order.OrderBook} stores orders, records
 * tracking events and refunds, and never lets refunds exceed what was paid.
 */
package dev.praxis.ecommerce.order;
