package dev.praxis.embedding;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An embedding model that answers from an {@link EmbeddingCache} and asks the model it wraps only for texts the cache
 * lacks, so a model that loads on first use (as the command line's does) is not loaded at all when every text is
 * cached. Call {@link EmbeddingCache#save()} when done to keep what was embedded for the next process.
 *
 * <pre>{@code
 * EmbeddingModel model = new CachingEmbeddingModel(new AllMiniLmL6V2QuantizedEmbeddingModel(), cache);
 * }</pre>
 */
public final class CachingEmbeddingModel implements EmbeddingModel {

    private final EmbeddingModel model;
    private final EmbeddingCache cache;

    /**
     * Embeds with {@code model} what {@code cache} (which must hold that model's vectors) does not have.
     *
     * @param model embeds what the cache lacks
     * @param cache holds the vectors already computed by {@code model}
     */
    public CachingEmbeddingModel(EmbeddingModel model, EmbeddingCache cache) {
        this.model = Objects.requireNonNull(model, "model");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        List<Optional<Embedding>> cached = segments.stream().map(s -> cache.get(s.text())).toList();
        List<TextSegment> missing = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            if (cached.get(i).isEmpty()) {
                missing.add(segments.get(i));
            }
        }
        List<Embedding> computed = missing.isEmpty() ? List.of() : model.embedAll(missing).content();
        List<Embedding> result = new ArrayList<>(segments.size());
        int next = 0;
        for (int i = 0; i < segments.size(); i++) {
            if (cached.get(i).isPresent()) {
                result.add(cached.get(i).get());
            } else {
                Embedding embedding = computed.get(next++);
                cache.put(segments.get(i).text(), embedding);
                result.add(embedding);
            }
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
