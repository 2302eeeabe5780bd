package dev.praxis.ecommerce.search;

/**
 * The order of results. Any order but relevance sorts the relevant results (those of the product type the query
 * names, or else those scoring at least half the best score) by the key and lists the weaker matches after them
 * in relevance order, so "cheapest headphones" does not start with socks.
 */
public enum SearchSort {
    /** Best match first; the default. */
    RELEVANCE,
    /** Lowest variant price first. */
    PRICE_ASC,
    /** Highest variant price first. */
    PRICE_DESC,
    /** Highest average rating first. */
    RATING
}
