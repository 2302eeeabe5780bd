/**
 * Product search: a BM25 keyword index ({@link dev.praxis.ecommerce.search.Bm25Index}), a cosine index over
 * embeddings from any LangChain4j {@code EmbeddingModel} ({@link dev.praxis.ecommerce.search.SemanticIndex}),
 * and {@link dev.praxis.ecommerce.search.ProductSearch}, which applies filters and fuses both rankings (weighted score fusion
 * by default, reciprocal-rank fusion on request) for {@link dev.praxis.ecommerce.search.SearchMode#HYBRID}. Before
 * ranking, a query is read the way shoppers write it: other languages and everyday words rewritten to catalogue words
 * ({@code Lexicon}), price and order words taken out ({@code QueryReader}), the product kind it names found
 * ({@code KindIntent}); word forms and typos meet the index in {@code Tokenizer} and {@code Spelling}, and
 * {@link dev.praxis.ecommerce.search.SearchSort} orders the relevant results by price or rating.
 */
@NullMarked
package dev.praxis.ecommerce.search;

import org.jspecify.annotations.NullMarked;
