package dev.praxis.ecommerce.search;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranking metrics: nDCG@k (log2 discount, Jarvelin and Kekalainen 2002) with binary or graded relevance, and
 * recall@k. Graded gain is {@code 2^grade - 1} (Burges et al. 2005), so an exact match (2) counts three times an
 * acceptable one (1).
 */
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

    /** nDCG@k with graded relevance: {@code grades} maps product id to 1 or 2; a missing id is 0. */
    static double gradedNdcgAt(List<String> ranked, Map<String, Integer> grades, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += gain(grades.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = grades.values().stream().sorted(java.util.Comparator.reverseOrder()).toList();
        double best = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            best += gain(ideal.get(i)) / log2(i + 2);
        }
        return best == 0 ? 0 : dcg / best;
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
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
