/**
 * The command line's embedding model, fast to start: ONNX Runtime's native libraries and the MiniLM model are
 * unpacked from the jar once into a per-user cache folder (keyed by their checksums, so a new version gets a new
 * folder) instead of into a temporary folder on every run, and tool and catalogue embeddings are kept in a
 * {@link dev.praxis.embedding.EmbeddingCache} there.
 */
package dev.praxis.examples.embedding;
