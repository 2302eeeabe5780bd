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

    /** Documents per block: 16384 partial scores (64 KiB) stay in the L2 cache while every dimension is added. */
    private static final int BLOCK = 16384;

    private final EmbeddingModel model;
    private final int size;
    private final int dimension;
    /** Dimension-major: component d of document i is at {@code d * size + i}. */
    private final float[] byDimension;

    private SemanticIndex(EmbeddingModel model, float[][] vectors) {
        this.model = model;
        this.size = vectors.length;
        this.dimension = vectors.length == 0 ? 0 : vectors[0].length;
        this.byDimension = new float[size * dimension];
        for (int i = 0; i < size; i++) {
            if (vectors[i].length != dimension) {
                throw new IllegalArgumentException("vector " + i + " has " + vectors[i].length + " dimensions, expected " + dimension);
            }
            for (int d = 0; d < dimension; d++) {
                byDimension[d * size + i] = vectors[i][d];
            }
        }
    }

    /**
     * Embeds every text with {@code model} (in batches) and indexes the vectors.
     *
     * @param texts the documents' texts
     * @param model the embedding model
     * @return the index
     */
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

    /**
     * An index over precomputed document vectors (e.g. read from a cache); {@code model} embeds queries.
     *
     * @param vectors the document vectors, unit length, one per document
     * @param model the model that embeds queries
     * @return the index
     */
    public static SemanticIndex of(float[][] vectors, EmbeddingModel model) {
        float[][] copy = new float[vectors.length][];
        for (int i = 0; i < vectors.length; i++) {
            copy[i] = normalise(vectors[i]);
        }
        return new SemanticIndex(Objects.requireNonNull(model, "model"), copy);
    }

    /**
     * The unit-length embedding of {@code query}.
     *
     * @param query the query text
     * @return the embedding
     */
    public float[] embedQuery(String query) {
        return normalise(model.embed(query).content().vector());
    }

    /**
     * The document vectors (unit length), e.g. to cache them.
     *
     * @return the vectors, one per document
     */
    public float[][] vectors() {
        float[][] copy = new float[size][dimension];
        for (int i = 0; i < size; i++) {
            for (int d = 0; d < dimension; d++) {
                copy[i][d] = byDimension[d * size + i];
            }
        }
        return copy;
    }

    /**
     * Number of indexed documents.
     *
     * @return the number of documents
     */
    public int size() {
        return size;
    }

    /**
     * The {@code k} documents most similar to {@code queryVector} (unit length) that pass {@code filter}. Scores
     * are accumulated one dimension at a time over blocks of documents: an element-wise loop the JIT compiles
     * to SIMD instructions, unlike a per-document dot product whose float reduction it must keep in order.
     *
     * @param queryVector the query's unit-length embedding
     * @param filter which document ids may be returned
     * @param k the most documents to return
     * @return the scored document ids, best first
     */
    public List<ScoredDoc> search(float[] queryVector, IntPredicate filter, int k) {
        if (queryVector.length != dimension) {
            throw new IllegalArgumentException("query has " + queryVector.length + " dimensions, the index " + dimension);
        }
        float[] scores = new float[size];
        for (int from = 0; from < size; from += BLOCK) {
            int to = Math.min(size, from + BLOCK);
            for (int d = 0; d < dimension; d++) {
                float q = queryVector[d];
                int base = d * size;
                for (int i = from; i < to; i++) {
                    scores[i] += byDimension[base + i] * q;
                }
            }
        }
        TopK top = new TopK(k);
        for (int doc = 0; doc < size; doc++) {
            if (filter.test(doc)) {
                top.offer(doc, scores[doc]);
            }
        }
        return top.best();
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
