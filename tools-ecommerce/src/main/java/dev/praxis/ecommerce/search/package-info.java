/**
 * Product search: a BM25 keyword index ({@link dev.praxis.ecommerce.search.Bm25Index}), a cosine index over
 * embeddings from any LangChain4j {@code EmbeddingModel} ({@link dev.praxis.ecommerce.search.SemanticIndex}),
 * and {@link dev.praxis.ecommerce.search.ProductSearch}, which applies filters and fuses both rankings (weighted score fusion
 * by default, reciprocal-rank fusion on request) for {@link dev.praxis.ecommerce.search.SearchMode#HYBRID}.
 */
package dev.praxis.ecommerce.search;
