package dev.praxis.ecommerce.search;

import dev.praxis.ecommerce.catalog.Product;

import java.util.Set;

/**
 * One ranked product.
 *
 * @param product   the product
 * @param score     the ranking score in the mode used (BM25, cosine or fused); only its order means something
 * @param matchedBy which rankers found it: {@code keyword}, {@code semantic}
 */
public record SearchHit(Product product, double score, Set<String> matchedBy) {
}
