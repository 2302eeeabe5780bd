package dev.praxis.ecommerce.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** Keeps the k best scores seen, ties broken by lower document position, in a bounded heap. */
final class TopK {

    private static final Comparator<ScoredDoc> BEST_FIRST = Comparator.comparingDouble(ScoredDoc::score).reversed()
            .thenComparingInt(ScoredDoc::doc);

    private final int k;
    private final PriorityQueue<ScoredDoc> heap;

    TopK(int k) {
        this.k = k;
        this.heap = new PriorityQueue<>(Math.max(1, k + 1), BEST_FIRST.reversed());
    }

    void offer(int doc, double score) {
        if (heap.size() < k) {
            heap.add(new ScoredDoc(doc, score));
            return;
        }
        ScoredDoc worst = heap.peek();
        if (worst != null && (score > worst.score() || (score == worst.score() && doc < worst.doc()))) {
            heap.poll();
            heap.add(new ScoredDoc(doc, score));
        }
    }

    List<ScoredDoc> best() {
        List<ScoredDoc> out = new ArrayList<>(heap);
        out.sort(BEST_FIRST);
        return out;
    }
}
