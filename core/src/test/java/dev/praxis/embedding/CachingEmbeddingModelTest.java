package dev.praxis.embedding;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CachingEmbeddingModelTest {

    @TempDir
    Path dir;

    /** A deterministic model that records every text it was asked to embed. */
    static final class RecordingModel implements EmbeddingModel {
        final List<String> embedded = new ArrayList<>();

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            segments.forEach(s -> embedded.add(s.text()));
            return Response.from(segments.stream().map(s -> EmbeddingCacheTest.vectorOf(s.text())).toList());
        }
    }

    @Test
    void asksTheModelOnlyForTextsTheCacheLacksAndKeepsTheOrder() {
        Path file = dir.resolve("e.bin");
        RecordingModel first = new RecordingModel();
        EmbeddingCache cache = EmbeddingCache.open(file, "m", 100);
        new CachingEmbeddingModel(first, cache).embedAll(List.of(TextSegment.from("a"), TextSegment.from("b")));
        cache.save();

        RecordingModel second = new RecordingModel();
        List<Embedding> result = new CachingEmbeddingModel(second, EmbeddingCache.open(file, "m", 100))
                .embedAll(List.of(TextSegment.from("b"), TextSegment.from("c"), TextSegment.from("a"))).content();

        assertThat(first.embedded).containsExactly("a", "b");
        assertThat(second.embedded).containsExactly("c");
        assertThat(result).extracting(Embedding::vector).containsExactly(
                EmbeddingCacheTest.vectorOf("b").vector(), EmbeddingCacheTest.vectorOf("c").vector(),
                EmbeddingCacheTest.vectorOf("a").vector());
    }

    @Test
    void neverTouchesTheModelWhenEverythingIsCached() {
        Path file = dir.resolve("e.bin");
        EmbeddingCache cache = EmbeddingCache.open(file, "m", 100);
        cache.put("loan payment", EmbeddingCacheTest.vectorOf("loan payment"));
        EmbeddingModel failing = segments -> {
            throw new AssertionError("model loaded for " + segments);
        };

        Embedding e = new CachingEmbeddingModel(failing, cache).embed("loan payment").content();

        assertThat(e.vector()).containsExactly(EmbeddingCacheTest.vectorOf("loan payment").vector());
    }
}
