/**
 * Embeddings kept across processes: an {@link dev.praxis.embedding.EmbeddingCache} file per model and a
 * {@link dev.praxis.embedding.CachingEmbeddingModel} that consults it before the model, so tool descriptions (and
 * catalogues) a short-lived process embeds on every start are embedded once.
 */
@NullMarked
package dev.praxis.embedding;

import org.jspecify.annotations.NullMarked;
