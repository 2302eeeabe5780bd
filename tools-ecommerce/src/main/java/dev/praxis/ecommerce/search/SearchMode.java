package dev.praxis.ecommerce.search;

/** How a query is matched. */
public enum SearchMode {
    /** BM25 over title, brand, category, tags and description: exact words, brand names, SKUs. */
    KEYWORD,
    /** Cosine similarity of embeddings: paraphrases and intent ("keep my feet dry"). */
    SEMANTIC,
    /** Both rankings fused; the default. */
    HYBRID
}
