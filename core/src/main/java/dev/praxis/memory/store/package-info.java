/**
 * Where conversations are kept: the {@link dev.praxis.memory.store.ConversationStore} SPI and its three
 * implementations, all passing one contract-test suite.
 *
 * <ul>
 *   <li>{@link dev.praxis.memory.store.InMemoryConversationStore}: tests and single-process demos;</li>
 *   <li>{@link dev.praxis.memory.store.FileConversationStore}: the embedded default, an fsync'd append-only log
 *       per session under a data directory that survives {@code kill -9};</li>
 *   <li>{@link dev.praxis.memory.store.JdbcConversationStore}: PostgreSQL (several app instances sharing
 *       sessions, each turn holding its session with an advisory lock), H2 or SQLite, with an optimistic
 *       version check as a second guard so no update is lost.</li>
 * </ul>
 *
 * A turn holds its session through {@link dev.praxis.memory.store.ConversationStore#lease}; a busy session past
 * the wait gives a {@link dev.praxis.memory.store.SessionBusyException} before anything runs.
 */
@NullMarked
package dev.praxis.memory.store;

import org.jspecify.annotations.NullMarked;
