package dev.praxis.examples.eval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Embeds each text once per eval. Every scenario builds a fresh shop whose search embeds the whole catalogue; without
 * this, that work (seconds per scenario on a laptop) would land in the turn latency of whichever model ran first
 * in it and drown the model's own time. Holds at most {@value #MAX_TEXTS} texts, then embeds without remembering.
 */
final class RememberedEmbeddings implements EmbeddingModel {

    static final int MAX_TEXTS = 20_000;

    private final EmbeddingModel model;
    private final Map<String, Embedding> known = new ConcurrentHashMap<>();

    RememberedEmbeddings(EmbeddingModel model) {
        this.model = model;
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        List<TextSegment> missing = segments.stream().filter(s -> !known.containsKey(s.text())).distinct().toList();
        Map<String, Embedding> fresh = new java.util.HashMap<>();
        if (!missing.isEmpty()) {
            List<Embedding> embedded = model.embedAll(missing).content();
            for (int i = 0; i < missing.size(); i++) {
                fresh.put(missing.get(i).text(), embedded.get(i));
            }
            if (known.size() + fresh.size() <= MAX_TEXTS) {
                known.putAll(fresh);
            }
        }
        List<Embedding> result = new ArrayList<>(segments.size());
        for (TextSegment segment : segments) {
            Embedding embedding = fresh.get(segment.text());
            result.add(embedding != null ? embedding : known.get(segment.text()));
        }
        return Response.from(result);
    }

    @Override
    public int dimension() {
        return model.dimension();
    }

    @Override
    public String modelName() {
        return model.modelName();
    }
}
