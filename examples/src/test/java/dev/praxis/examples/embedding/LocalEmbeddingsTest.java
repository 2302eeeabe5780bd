package dev.praxis.examples.embedding;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LocalEmbeddingsTest {

    private static final String TEXT = "What is the monthly payment on a 300000 loan at 6.5% over 30 years?";

    @TempDir
    Path dir;

    @Test
    void embedsAsTheModelLoadedFromTheJarDoes() {
        float[] fromJar = new AllMiniLmL6V2QuantizedEmbeddingModel().embed(TEXT).content().vector();

        LocalEmbeddings local = LocalEmbeddings.in(dir.resolve("cache"));
        float[] fromCacheFolder = local.model().embed(TEXT).content().vector();

        assertThat(fromCacheFolder).hasSize(384);
        for (int i = 0; i < fromJar.length; i++) {
            assertThat(fromCacheFolder[i]).as("component %d", i).isCloseTo(fromJar[i], within(1e-6f));
        }
    }

    @Test
    void keepsItsEmbeddingsForTheNextProcessInTheCacheFolder() throws Exception {
        LocalEmbeddings first = LocalEmbeddings.in(dir.resolve("cache"));
        float[] vector = first.model().embed(TEXT).content().vector();
        first.save();

        try (Stream<Path> files = Files.list(dir.resolve("cache").resolve("embeddings"))) {
            assertThat(files.map(p -> p.getFileName().toString())).singleElement().asString()
                    .startsWith("all-minilm-l6-v2-q-").endsWith(".bin");
        }
        assertThat(LocalEmbeddings.in(dir.resolve("cache")).model().embed(TEXT).content().vector())
                .containsExactly(vector);
    }

    @Test
    void fallsBackToTheJarWhenTheCacheFolderCannotBeCreated() throws Exception {
        Path aFile = Files.writeString(dir.resolve("not-a-folder"), "x");
        LocalEmbeddings local = LocalEmbeddings.in(aFile.resolve("cache"));

        EmbeddingModel model = local.model();
        float[] vector = model.embed(TEXT).content().vector();
        local.save();

        assertThat(vector).hasSize(384);
        assertThat(vector).containsExactly(new AllMiniLmL6V2QuantizedEmbeddingModel().embed(TEXT).content().vector());
    }
}
