package dev.praxis.ecommerce.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * An Okapi BM25 inverted index over a fixed list of texts (k1 = 1.2, b = 0.75, idf = ln(1 + (N - df + 0.5) /
 * (df + 0.5)), the Lucene form that never goes negative). A query word the index does not hold is replaced by the
 * indexed word nearest in edit distance ({@link Spelling}): "knfie" finds "knife". Immutable and thread-safe once
 * built.
 *
 * <pre>{@code
 * Bm25Index index = Bm25Index.build(List.of("waterproof hiking boot", "trail running shoe"));
 * List<ScoredDoc> top = index.search("hiking boots", doc -> true, 10); // doc 0 first
 * }</pre>
 */
public final class Bm25Index {

    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private record Posting(int[] docs, int[] freqs, double idf) {
    }

    private final Map<String, Posting> postings;
    private final float[] lengthNorm;
    private final int size;
    private final Spelling spelling;

    private Bm25Index(Map<String, Posting> postings, float[] lengthNorm) {
        this.postings = postings;
        this.lengthNorm = lengthNorm;
        this.size = lengthNorm.length;
        Map<String, Integer> df = new HashMap<>();
        postings.forEach((term, p) -> df.put(term, p.docs.length));
        this.spelling = new Spelling(df);
    }

    /**
     * Indexes {@code texts}; document ids are their positions.
     *
     * @param texts the documents' texts
     * @return the index
     */
    public static Bm25Index build(List<String> texts) {
        Map<String, List<int[]>> raw = new HashMap<>();
        int[] lengths = new int[texts.size()];
        long total = 0;
        for (int doc = 0; doc < texts.size(); doc++) {
            List<String> tokens = Tokenizer.tokens(texts.get(doc));
            lengths[doc] = tokens.size();
            total += tokens.size();
            Map<String, Integer> tf = new LinkedHashMap<>();
            tokens.forEach(t -> tf.merge(t, 1, Integer::sum));
            final int d = doc;
            tf.forEach((term, f) -> raw.computeIfAbsent(term, k -> new ArrayList<>()).add(new int[]{d, f}));
        }
        double avg = texts.isEmpty() ? 1 : Math.max(1, (double) total / texts.size());
        float[] norm = new float[texts.size()];
        for (int doc = 0; doc < norm.length; doc++) {
            norm[doc] = (float) (K1 * (1 - B + B * lengths[doc] / avg));
        }
        Map<String, Posting> postings = new HashMap<>();
        int n = texts.size();
        raw.forEach((term, list) -> {
            int[] docs = new int[list.size()];
            int[] freqs = new int[list.size()];
            for (int i = 0; i < docs.length; i++) {
                docs[i] = list.get(i)[0];
                freqs[i] = list.get(i)[1];
            }
            double idf = Math.log(1 + (n - docs.length + 0.5) / (docs.length + 0.5));
            postings.put(term, new Posting(docs, freqs, idf));
        });
        return new Bm25Index(postings, norm);
    }

    /**
     * Number of indexed documents.
     *
     * @return the number of documents
     */
    public int size() {
        return size;
    }

    /** Whether any of {@code terms} (tokenised) is indexed, or near enough an indexed word to stand for it. */
    boolean knows(List<String> terms) {
        return terms.stream().anyMatch(t -> postings.containsKey(t) || spelling.correct(t).isPresent());
    }

    /**
     * The best {@code k} documents with a positive score that pass {@code filter}, best first.
     *
     * @param query the words to look for
     * @param filter which document ids may be returned
     * @param k the most documents to return
     * @return the scored document ids, best first
     */
    public List<ScoredDoc> search(String query, IntPredicate filter, int k) {
        double[] scores = new double[size];
        boolean[] touched = new boolean[size];
        int[] hits = new int[size];
        int hitCount = 0;
        for (String term : new java.util.LinkedHashSet<>(Tokenizer.tokens(query))) {
            Posting p = postings.get(term);
            if (p == null) {
                p = spelling.correct(term).map(postings::get).orElse(null);
            }
            if (p == null) {
                continue;
            }
            for (int i = 0; i < p.docs.length; i++) {
                int doc = p.docs[i];
                double f = p.freqs[i];
                scores[doc] += p.idf * f * (K1 + 1) / (f + lengthNorm[doc]);
                if (!touched[doc]) {
                    touched[doc] = true;
                    hits[hitCount++] = doc;
                }
            }
        }
        TopK top = new TopK(k);
        for (int i = 0; i < hitCount; i++) {
            int doc = hits[i];
            if (filter.test(doc)) {
                top.offer(doc, scores[doc]);
            }
        }
        return top.best();
    }
}
