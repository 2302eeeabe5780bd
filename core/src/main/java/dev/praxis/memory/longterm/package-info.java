/**
 * Long-term memory: facts about a user ("risk tolerance: low", "ships to Berlin") kept with embeddings in any
 * LangChain4j {@code EmbeddingStore}, recalled by relevance into the prompt, and remembered or forgotten by the
 * agent through {@link dev.praxis.memory.longterm.MemoryTools}. Facts of one user are never returned for
 * another: every query filters by user id and every result is checked again.
 */
@NullMarked
package dev.praxis.memory.longterm;

import org.jspecify.annotations.NullMarked;
