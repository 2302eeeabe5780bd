package dev.praxis.ecommerce.search;

import java.util.List;
import java.util.Optional;

/**
 * A page of ranked products.
 *
 * @param hits      this page, best first
 * @param total     number of ranked matches across all pages
 * @param requested the mode asked for
 * @param used      the mode actually used (keyword when no embedding model is configured)
 * @param note      why {@code used} differs from {@code requested}, if it does
 */
public record SearchResults(List<SearchHit> hits, int total, SearchMode requested, SearchMode used,
                            Optional<String> note) {
}
