package dev.praxis.ecommerce.search;

/**
 * A document position in an index with its score, higher is better.
 *
 * @param doc   position of the document in the list the index was built from
 * @param score ranking score (BM25, cosine or fused)
 */
public record ScoredDoc(int doc, double score) {
}
