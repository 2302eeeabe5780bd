/**
 * The pack's business records in a core {@link dev.praxis.records.RecordStore}: the record kinds carts, orders,
 * checkouts and refund requests are kept under, and the id sequences that number them across processes.
 */
@NullMarked
package dev.praxis.ecommerce.records;

import org.jspecify.annotations.NullMarked;
