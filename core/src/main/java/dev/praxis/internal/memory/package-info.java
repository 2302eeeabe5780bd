/**
 * Conversation plumbing shared by the memory and its stores (tool-call pairing, the in-memory store's message
 * snapshots). Not API: may change without notice.
 */
@NullMarked
package dev.praxis.internal.memory;

import org.jspecify.annotations.NullMarked;
