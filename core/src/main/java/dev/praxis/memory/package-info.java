/**
 * Memory: the conversation history of each session (windowed, persistent, crash-safe) and long-term facts
 * about a user. The agent depends only on {@link dev.praxis.memory.ConversationMemory}.
 *
 * <ul>
 *   <li>{@link dev.praxis.memory.StoredConversationMemory}: history kept in a
 *       {@link dev.praxis.memory.store.ConversationStore}, trimmed for the prompt by a
 *       {@link dev.praxis.memory.HistoryPolicy} (last messages, last tokens, or a model-written summary of older
 *       turns); {@link dev.praxis.memory.MessageWindowMemory} is its in-memory shortcut;</li>
 *   <li>{@link dev.praxis.memory.SessionState} and {@link dev.praxis.memory.StateKey}: small typed state stored
 *       with the conversation (cart id, account id);</li>
 *   <li>{@code dev.praxis.memory.store}: the stores; {@code dev.praxis.memory.longterm}: facts about users.</li>
 * </ul>
 *
 * <pre>{@code
 * FileConversationStore store = FileConversationStore.open(Path.of("data/conversations"));
 * ConversationMemory memory = StoredConversationMemory.of(store, HistoryPolicy.lastMessages(40));
 * }</pre>
 */
@NullMarked
package dev.praxis.memory;

import org.jspecify.annotations.NullMarked;
