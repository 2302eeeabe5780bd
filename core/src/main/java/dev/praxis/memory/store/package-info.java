/**
 * Where conversations are kept: the {@link dev.praxis.memory.store.ConversationStore} SPI and its three
 * implementations, all passing one contract-test suite.
 *
 * <ul>
 *   <li>{@link dev.praxis.memory.store.InMemoryConversationStore}: tests and single-process demos;</li>
 *   <li>{@link dev.praxis.memory.store.FileConversationStore}: the embedded default, an fsync'd append-only log
 *       per session under a data directory that survives {@code kill -9};</li>
 *   <li>{@link dev.praxis.memory.store.JdbcConversationStore}: PostgreSQL (several app instances sharing
 *       sessions), H2 or SQLite, with an optimistic version check so no update is lost.</li>
 * </ul>
 */
package dev.praxis.memory.store;
