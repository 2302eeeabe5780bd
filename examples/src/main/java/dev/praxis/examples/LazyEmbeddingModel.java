package dev.praxis.examples;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;

import java.util.List;
import java.util.function.Supplier;

/** An embedding model that loads the real one on the first embedding, so commands that never embed start fast. */
final class LazyEmbeddingModel implements EmbeddingModel {

    private final Supplier<EmbeddingModel> model;

    LazyEmbeddingModel(Supplier<EmbeddingModel> model) {
        this.model = model;
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        return model.get().embedAll(segments);
    }

    @Override
    public int dimension() {
        return model.get().dimension();
    }

    @Override
    public String modelName() {
        return model.get().modelName();
    }
}
