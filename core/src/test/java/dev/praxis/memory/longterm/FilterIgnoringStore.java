package dev.praxis.memory.longterm;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingSearchResult;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;

import java.util.List;

/** An embedding store that silently ignores search filters, like a misconfigured or minimal vector store. */
final class FilterIgnoringStore implements EmbeddingStore<TextSegment> {

    private final InMemoryEmbeddingStore<TextSegment> delegate = new InMemoryEmbeddingStore<>();

    @Override
    public String add(Embedding embedding) {
        return delegate.add(embedding);
    }

    @Override
    public void add(String id, Embedding embedding) {
        delegate.add(id, embedding);
    }

    @Override
    public String add(Embedding embedding, TextSegment segment) {
        return delegate.add(embedding, segment);
    }

    @Override
    public List<String> addAll(List<Embedding> embeddings) {
        return delegate.addAll(embeddings);
    }

    @Override
    public void addAll(List<String> ids, List<Embedding> embeddings, List<TextSegment> segments) {
        delegate.addAll(ids, embeddings, segments);
    }

    @Override
    public void remove(String id) {
        delegate.remove(id);
    }

    @Override
    public EmbeddingSearchResult<TextSegment> search(EmbeddingSearchRequest request) {
        return delegate.search(EmbeddingSearchRequest.builder().queryEmbedding(request.queryEmbedding())
                .maxResults(request.maxResults()).minScore(request.minScore()).build());
    }
}
