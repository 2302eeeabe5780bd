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
    private final float[] flat;
    private final int dimension;

    private SemanticIndex(EmbeddingModel model, float[][] vectors) {
        this.model = model;
        this.vectors = vectors;
        this.dimension = vectors.length == 0 ? 0 : vectors[0].length;
        // one contiguous array: the scan reads memory sequentially, which is what makes exact search fast
        this.flat = new float[vectors.length * dimension];
        for (int i = 0; i < vectors.length; i++) {
            if (vectors[i].length != dimension) {
                throw new IllegalArgumentException("vector " + i + " has " + vectors[i].length + " dimensions, expected " + dimension);
            }
            System.arraycopy(vectors[i], 0, flat, i * dimension, dimension);
        }
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
        if (queryVector.length != dimension) {
            throw new IllegalArgumentException("query has " + queryVector.length + " dimensions, the index " + dimension);
        }
        TopK top = new TopK(k);
        for (int doc = 0; doc < vectors.length; doc++) {
            if (filter.test(doc)) {
                top.offer(doc, dot(doc * dimension, queryVector));
            }
        }
        return top.best();
    }

    private double dot(int offset, float[] q) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (; i + 3 < dimension; i += 4) {
            s0 += flat[offset + i] * q[i];
            s1 += flat[offset + i + 1] * q[i + 1];
            s2 += flat[offset + i + 2] * q[i + 2];
            s3 += flat[offset + i + 3] * q[i + 3];
        }
        for (; i < dimension; i++) {
            s0 += flat[offset + i] * q[i];
        }
        return s0 + s1 + s2 + s3;
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
