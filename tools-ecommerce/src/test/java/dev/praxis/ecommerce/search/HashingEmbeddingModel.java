package dev.praxis.ecommerce.search;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;

import java.util.ArrayList;
import java.util.List;

/**
 * A fast deterministic stand-in embedding (feature hashing of tokens into {@code dimension} signed buckets).
 * Its vectors cost the index exactly what real ones of the same dimension cost, so the latency benchmark can
 * embed 10,000 products in a second; it says nothing about quality.
 */
final class HashingEmbeddingModel implements EmbeddingModel {

    private final int dimension;

    HashingEmbeddingModel(int dimension) {
        this.dimension = dimension;
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        List<Embedding> out = new ArrayList<>();
        for (TextSegment s : segments) {
            float[] v = new float[dimension];
            for (String token : Tokenizer.tokens(s.text())) {
                int h = token.hashCode() * 0x9E3779B1;
                v[Math.floorMod(h, dimension)] += (h >>> 31) == 0 ? 1 : -1;
            }
            out.add(Embedding.from(v));
        }
        return Response.from(out);
    }

    @Override
    public int dimension() {
        return dimension;
    }
}
