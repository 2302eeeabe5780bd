/**
 * Offline mode: {@link dev.praxis.model.offline.OfflineChatModel}, a deterministic tool router that needs no
 * model server and no network. Not a language model: it matches a request to a tool with sentence
 * embeddings, extracts typed arguments from the text and renders the tool's result.
 */
@NullMarked
package dev.praxis.model.offline;

import org.jspecify.annotations.NullMarked;
