/**
 * Durable business records: carts, orders, returns, refunds, accounts, idempotency keys, pending approvals, kept as
 * JSON documents addressed by a kind and an id, with a version per document for optimistic concurrency.
 *
 * <ul>
 *   <li>{@link dev.praxis.records.RecordStore}: the SPI (get, compare-and-set put, paged list, delete, and a
 *       retrying read-modify-write {@code update} through Praxis' JSON mapper);</li>
 *   <li>{@link dev.praxis.records.InMemoryRecordStore}: tests and single-process demos;</li>
 *   <li>{@link dev.praxis.records.FileRecordStore}: one JSON file per record, replaced atomically and fsync'd,
 *       safe for several processes on one directory;</li>
 *   <li>{@link dev.praxis.records.JdbcRecordStore}: one table on PostgreSQL, H2 or SQLite;</li>
 *   <li>{@link dev.praxis.records.IdempotencyLedger}: at-most-once execution of a keyed request, kept in any of
 *       these stores so it survives a crash.</li>
 * </ul>
 *
 * Records hold business state, never secrets: no API keys, passwords or signing keys, since every store keeps
 * documents in plain text (files, table rows) readable by whoever can read the data directory or the database.
 */
@NullMarked
package dev.praxis.records;

import org.jspecify.annotations.NullMarked;
