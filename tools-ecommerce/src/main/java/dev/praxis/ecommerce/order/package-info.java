/**
 * Orders and their lifecycle: {@link dev.praxis.ecommerce.order.OrderStateMachine} is the one place that
 * decides which status may follow which; {@link dev.praxis.ecommerce.order.OrderBook} stores orders, records
 * tracking events and refunds line by line, and never lets a line get back more than was paid for it.
 */
@NullMarked
package dev.praxis.ecommerce.order;

import org.jspecify.annotations.NullMarked;
