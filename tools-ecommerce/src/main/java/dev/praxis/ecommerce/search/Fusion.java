package dev.praxis.ecommerce.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ways to merge a keyword and a semantic ranking. Reciprocal-rank fusion (Cormack, Clarke and Buettcher, SIGIR
 * 2009) adds {@code 1 / (k + rank)} from each list and needs no score calibration; score fusion adds min-max
 * normalised scores with a weight. The search-quality harness measures both on the labelled query set.
 */
public enum Fusion {
    /** Sum of {@code 1 / (60 + rank)} over the lists a document appears in. */
    RECIPROCAL_RANK {
        @Override
        List<ScoredDoc> fuse(List<ScoredDoc> keyword, List<ScoredDoc> semantic) {
            Map<Integer, Double> fused = new HashMap<>();
            addRanks(fused, keyword);
            addRanks(fused, semantic);
            return sorted(fused);
        }
    },
    /** 0.4 x normalised BM25 + 0.6 x normalised cosine; a document missing from a list scores 0 there. */
    SCORE {
        @Override
        List<ScoredDoc> fuse(List<ScoredDoc> keyword, List<ScoredDoc> semantic) {
            Map<Integer, Double> fused = new HashMap<>();
            addNormalised(fused, keyword, 0.4);
            addNormalised(fused, semantic, 0.6);
            return sorted(fused);
        }
    };

    private static final int RRF_K = 60;

    abstract List<ScoredDoc> fuse(List<ScoredDoc> keyword, List<ScoredDoc> semantic);

    private static void addRanks(Map<Integer, Double> fused, List<ScoredDoc> ranking) {
        for (int rank = 0; rank < ranking.size(); rank++) {
            fused.merge(ranking.get(rank).doc(), 1.0 / (RRF_K + rank + 1), Double::sum);
        }
    }

    private static void addNormalised(Map<Integer, Double> fused, List<ScoredDoc> ranking, double weight) {
        if (ranking.isEmpty()) {
            return;
        }
        double max = ranking.get(0).score();
        double min = ranking.get(ranking.size() - 1).score();
        double span = max - min;
        for (ScoredDoc d : ranking) {
            double norm = span == 0 ? 1 : (d.score() - min) / span;
            fused.merge(d.doc(), weight * norm, Double::sum);
        }
    }

    private static List<ScoredDoc> sorted(Map<Integer, Double> fused) {
        List<ScoredDoc> out = new ArrayList<>();
        fused.forEach((doc, score) -> out.add(new ScoredDoc(doc, score)));
        out.sort(Comparator.comparingDouble(ScoredDoc::score).reversed().thenComparingInt(ScoredDoc::doc));
        return out;
    }
}
