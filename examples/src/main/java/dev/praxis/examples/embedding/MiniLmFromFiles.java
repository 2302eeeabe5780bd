package dev.praxis.examples.embedding;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * all-MiniLM-L6-v2 (quantized) loaded from files, with the pooling of LangChain4j's
 * {@code AllMiniLmL6V2QuantizedEmbeddingModel} (mean) and one thread per embedding. ONNX Runtime's default is a
 * thread per core that spins while it waits for work: for one short request on a busy machine those threads only
 * compete with everything else. Several texts are still embedded in parallel, one per thread of the executor
 * LangChain4j's base class uses.
 */
final class MiniLmFromFiles extends AbstractInProcessEmbeddingModel {

    private static final int DIMENSION = 384;

    private final OnnxBertBiEncoder encoder;

    MiniLmFromFiles(Path model, Path tokenizer) {
        super(null);
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
             InputStream tokenizerJson = Files.newInputStream(tokenizer)) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            // ONNX Runtime's session option key, see onnxruntime_session_options_config_keys.h.
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtSession session = environment.createSession(model.toString(), options);
            this.encoder = new OnnxBertBiEncoder(environment, session, tokenizerJson, PoolingMode.MEAN);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the embedding model " + model + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return DIMENSION;
    }
}
