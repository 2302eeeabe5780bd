package dev.praxis.examples.eval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RememberedEmbeddingsTest {

    /** Embeds a text as its length and remembers what it was asked. */
    private static final class CountingModel implements EmbeddingModel {
        final List<String> asked = new ArrayList<>();

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            segments.forEach(s -> asked.add(s.text()));
            return Response.from(segments.stream().map(s -> Embedding.from(new float[]{s.text().length()})).toList());
        }
    }

    @Test
    void embedsEachTextOnceAndKeepsTheOrderOfTheRequest() {
        CountingModel model = new CountingModel();
        RememberedEmbeddings remembered = new RememberedEmbeddings(model);

        remembered.embedAll(List.of(TextSegment.from("boots"), TextSegment.from("tent")));
        List<Embedding> second = remembered.embedAll(List.of(TextSegment.from("tent"), TextSegment.from("stove"),
                TextSegment.from("boots"))).content();

        assertThat(model.asked).containsExactly("boots", "tent", "stove");
        assertThat(second).extracting(e -> e.vector()[0]).containsExactly(4f, 5f, 5f);
    }
}
