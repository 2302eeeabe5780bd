package dev.praxis.ecommerce.search;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * Exact cosine-similarity search over unit-normalised embeddings of a fixed list of texts. The document
 * embeddings are computed once, when the index is built; at query time only the query is embedded (or a
 * precomputed query vector is passed in). Immutable and thread-safe.
 *
 * <pre>{@code
 * SemanticIndex index = SemanticIndex.build(texts, new AllMiniLmL6V2QuantizedEmbeddingModel());
 * List<ScoredDoc> top = index.search(index.embedQuery("keep my feet dry"), doc -> true, 10);
 * }</pre>
 */
public final class SemanticIndex {

    private static final int BATCH = 64;

    private final EmbeddingModel model;
    private final float[][] vectors;

    private SemanticIndex(EmbeddingModel model, float[][] vectors) {
        this.model = model;
        this.vectors = vectors;
    }

    /** Embeds every text with {@code model} (in batches) and indexes the vectors. */
    public static SemanticIndex build(List<String> texts, EmbeddingModel model) {
        Objects.requireNonNull(model, "model");
        float[][] vectors = new float[texts.size()][];
        for (int from = 0; from < texts.size(); from += BATCH) {
            List<TextSegment> batch = new ArrayList<>();
            for (int i = from; i < Math.min(texts.size(), from + BATCH); i++) {
                batch.add(TextSegment.from(texts.get(i)));
            }
            List<Embedding> embeddings = model.embedAll(batch).content();
            for (int i = 0; i < embeddings.size(); i++) {
                vectors[from + i] = normalise(embeddings.get(i).vector());
            }
        }
        return new SemanticIndex(model, vectors);
    }

    /** An index over precomputed document vectors (e.g. read from a cache); {@code model} embeds queries. */
    public static SemanticIndex of(float[][] vectors, EmbeddingModel model) {
        float[][] copy = new float[vectors.length][];
        for (int i = 0; i < vectors.length; i++) {
            copy[i] = normalise(vectors[i]);
        }
        return new SemanticIndex(Objects.requireNonNull(model, "model"), copy);
    }

    /** The unit-length embedding of {@code query}. */
    public float[] embedQuery(String query) {
        return normalise(model.embed(query).content().vector());
    }

    /** The document vectors (unit length), e.g. to cache them. */
    public float[][] vectors() {
        float[][] copy = new float[vectors.length][];
        for (int i = 0; i < vectors.length; i++) {
            copy[i] = vectors[i].clone();
        }
        return copy;
    }

    public int size() {
        return vectors.length;
    }

    /** The {@code k} documents most similar to {@code queryVector} (unit length) that pass {@code filter}. */
    public List<ScoredDoc> search(float[] queryVector, IntPredicate filter, int k) {
        TopK top = new TopK(k);
        for (int doc = 0; doc < vectors.length; doc++) {
            if (filter.test(doc)) {
                top.offer(doc, dot(vectors[doc], queryVector));
            }
        }
        return top.best();
    }

    private static double dot(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("embedding dimensions differ: " + a.length + " vs " + b.length);
        }
        float sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static float[] normalise(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = norm == 0 ? 0 : (float) (v[i] / norm);
        }
        return out;
    }
}
