package dev.praxis.ecommerce.search;

import java.util.List;
import java.util.Set;

/** Binary-relevance ranking metrics: nDCG@k (log2 discount, Jarvelin and Kekalainen 2002) and recall@k. */
final class RankingMetrics {

    private RankingMetrics() {
    }

    /** DCG of the top {@code k} over the DCG of an ideal ranking of the relevant items. */
    static double ndcgAt(List<String> ranked, Set<String> relevant, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                dcg += 1 / log2(i + 2);
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(k, relevant.size()); i++) {
            ideal += 1 / log2(i + 2);
        }
        return ideal == 0 ? 0 : dcg / ideal;
    }

    /** Share of the relevant items found in the top {@code k}. */
    static double recallAt(List<String> ranked, Set<String> relevant, int k) {
        if (relevant.isEmpty()) {
            return 0;
        }
        long found = ranked.stream().limit(k).filter(relevant::contains).count();
        return (double) found / relevant.size();
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
