package dev.praxis.ecommerce.search;

import dev.praxis.ecommerce.catalog.Product;
import dev.praxis.ecommerce.catalog.Variant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Puts ranked hits in a {@link SearchSort} order: the relevant ones (of a kind the query names or, when it names
 * none, scoring at least {@link #RELEVANT_SHARE} of the best) sorted by the key, then the rest by relevance.
 */
final class ResultOrder {

    /** Share of the best score a hit needs to count as relevant when the query names no kind. */
    static final double RELEVANT_SHARE = 0.5;

    private ResultOrder() {
    }

    static List<SearchHit> sort(List<SearchHit> ranked, SearchSort sort, Set<String> namedKinds) {
        if (sort == SearchSort.RELEVANCE || ranked.isEmpty()) {
            return ranked;
        }
        double best = ranked.get(0).score();
        List<SearchHit> relevant = new ArrayList<>();
        List<SearchHit> rest = new ArrayList<>();
        for (SearchHit h : ranked) {
            boolean in = namedKinds.isEmpty() ? h.score() >= RELEVANT_SHARE * best : namedKinds.contains(h.product().kind());
            (in ? relevant : rest).add(h);
        }
        relevant.sort(comparator(sort));
        relevant.addAll(rest);
        return relevant;
    }

    static Comparator<SearchHit> comparator(SearchSort sort) {
        Comparator<SearchHit> byPrice = Comparator.comparingLong(h -> lowestPrice(h.product()));
        Comparator<SearchHit> key = switch (sort) {
            case PRICE_ASC, RELEVANCE -> byPrice;
            case PRICE_DESC -> byPrice.reversed();
            case RATING -> Comparator.comparing((SearchHit h) -> h.product().rating()).reversed()
                    .thenComparing(Comparator.comparingInt((SearchHit h) -> h.product().ratingCount()).reversed());
        };
        return key.thenComparing(h -> h.product().id());
    }

    private static long lowestPrice(Product p) {
        return p.variants().stream().mapToLong((Variant v) -> v.price().minor()).min().orElse(Long.MAX_VALUE);
    }
}
