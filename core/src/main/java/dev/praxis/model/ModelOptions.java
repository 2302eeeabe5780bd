package dev.praxis.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything about reaching a model besides its name. Unset values come from the environment
 * ({@code PRAXIS_BASE_URL}, {@code PRAXIS_API_KEY}, then the preset's own variable such as
 * {@code DASHSCOPE_API_KEY}), read through the injectable {@link Builder#env(Map)} so tests never depend on
 * the real environment. Local servers need no key. {@link #toString()} never shows the key.
 *
 * <pre>{@code
 * ModelOptions options = ModelOptions.builder()
 *     .timeout(Duration.ofSeconds(30))
 *     .fallbacks(List.of(ModelSpec.parse("ollama/qwen2.5:3b")))
 *     .build();
 * }</pre>
 */
public final class ModelOptions {

    /** The environment variable naming the server's base URL. */
    public static final String BASE_URL_ENV = "PRAXIS_BASE_URL";
    /** The environment variable holding the API key. */
    public static final String API_KEY_ENV = "PRAXIS_API_KEY";

    private final String baseUrl;
    private final String apiKey;
    private final Duration timeout;
    private final Duration streamTimeout;
    private final RetryPolicy retry;
    private final ToolCallingMode toolCalling;
    private final ReasoningMode reasoning;
    private final PriceTable prices;
    private final List<ModelSpec> fallbacks;
    private final Map<String, String> env;
    private final Double temperature;
    private final HttpLimits httpLimits;

    private ModelOptions(Builder b) {
        this.baseUrl = b.baseUrl;
        this.apiKey = b.apiKey;
        this.timeout = b.timeout;
        this.streamTimeout = b.streamTimeout;
        this.retry = b.retry;
        this.toolCalling = b.toolCalling;
        this.reasoning = b.reasoning;
        this.prices = b.prices;
        this.fallbacks = List.copyOf(b.fallbacks);
        this.env = Map.copyOf(b.env);
        this.temperature = b.temperature;
        this.httpLimits = b.httpLimits;
    }

    /**
     * A builder with every setting at its default.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Defaults, reading the real environment for base URL and key.
     *
     * @return the default options
     */
    public static ModelOptions defaults() {
        return builder().env(System.getenv()).build();
    }

    /**
     * The base URL for {@code spec}: the option, then {@code PRAXIS_BASE_URL}, then the preset's default.
     *
     * @param spec the model spec
     * @return the base URL, or empty when none is configured
     */
    public Optional<String> baseUrl(ModelSpec spec) {
        if (baseUrl != null) {
            return Optional.of(baseUrl);
        }
        String fromEnv = env.get(BASE_URL_ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(fromEnv.trim());
        }
        return spec.preset().defaultBaseUrl();
    }

    /**
     * The key for {@code spec}: the option, then {@code PRAXIS_API_KEY}, then the preset's variable.
     *
     * @param spec the model spec
     * @return the key, or empty when none is configured
     */
    public Optional<String> apiKey(ModelSpec spec) {
        if (apiKey != null) {
            return Optional.of(apiKey);
        }
        String fromEnv = env.get(API_KEY_ENV);
        if (fromEnv == null || fromEnv.isBlank()) {
            fromEnv = spec.preset().apiKeyEnv().map(env::get).orElse(null);
        }
        return fromEnv == null || fromEnv.isBlank() ? Optional.empty() : Optional.of(fromEnv.trim());
    }

    /**
     * Per request: time to the response headers, and the longest silence inside a response body or stream.
     *
     * @return the per-request timeout
     */
    public Duration timeout() {
        return timeout;
    }

    /**
     * The longest a whole streamed response may take.
     *
     * @return the stream timeout
     */
    public Duration streamTimeout() {
        return streamTimeout;
    }

    /**
     * Bounds on each HTTP exchange besides {@link #timeout()}: see {@link HttpLimits} (default: its defaults).
     *
     * @return the HTTP limits
     */
    public HttpLimits httpLimits() {
        return httpLimits;
    }

    /**
     * How an unavailable model is retried.
     *
     * @return the retry policy
     */
    public RetryPolicy retry() {
        return retry;
    }

    /**
     * How tools reach the model and its calls come back.
     *
     * @return the tool-calling mode
     */
    public ToolCallingMode toolCalling() {
        return toolCalling;
    }

    /**
     * Where reasoning arrives, which decides whether streams are held for it (see {@link ReasoningMode}).
     *
     * @return the reasoning mode
     */
    public ReasoningMode reasoning() {
        return reasoning;
    }

    /**
     * Prices per model, for the cost in run records.
     *
     * @return the price table
     */
    public PriceTable prices() {
        return prices;
    }

    /**
     * Models to try, in order, when the primary is unavailable after its retries.
     *
     * @return the fallback specs
     */
    public List<ModelSpec> fallbacks() {
        return fallbacks;
    }

    /**
     * The sampling temperature; empty leaves the server's default.
     *
     * @return the temperature, if set
     */
    public Optional<Double> temperature() {
        return Optional.ofNullable(temperature);
    }

    /**
     * A copy with {@code mode}.
     *
     * @param mode the tool-calling mode
     * @return the copy
     */
    public ModelOptions withToolCalling(ToolCallingMode mode) {
        return toBuilder().toolCalling(mode).build();
    }

    Builder toBuilder() {
        Builder b = new Builder();
        b.baseUrl = baseUrl;
        b.apiKey = apiKey;
        b.timeout = timeout;
        b.streamTimeout = streamTimeout;
        b.retry = retry;
        b.toolCalling = toolCalling;
        b.reasoning = reasoning;
        b.prices = prices;
        b.fallbacks = new ArrayList<>(fallbacks);
        b.env = env;
        b.temperature = temperature;
        b.httpLimits = httpLimits;
        return b;
    }

    @Override
    public String toString() {
        return "ModelOptions[baseUrl=" + dev.praxis.internal.text.Redaction.redact(baseUrl) + ", apiKey=" + (apiKey == null ? "unset" : "****")
                + ", timeout=" + timeout + ", streamTimeout=" + streamTimeout + ", httpLimits=" + httpLimits
                + ", retry=" + retry
                + ", toolCalling=" + toolCalling + ", reasoning=" + reasoning + ", fallbacks=" + fallbacks + "]";
    }

    /** Builds {@link ModelOptions}; every setting is optional. */
    public static final class Builder {
        private String baseUrl;
        private String apiKey;
        private Duration timeout = Duration.ofSeconds(60);
        private Duration streamTimeout = Duration.ofMinutes(10);
        private RetryPolicy retry = RetryPolicy.defaults();
        private ToolCallingMode toolCalling = ToolCallingMode.AUTO;
        private ReasoningMode reasoning = ReasoningMode.AUTO;
        private PriceTable prices = PriceTable.empty();
        private List<ModelSpec> fallbacks = new ArrayList<>();
        private Map<String, String> env = Map.of();
        private Double temperature;
        private HttpLimits httpLimits = HttpLimits.defaults();

        private Builder() {
        }

        /**
         * The server's base URL; default {@code PRAXIS_BASE_URL}, then the preset's.
         *
         * @param baseUrl the base URL
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /**
         * The API key; default {@code PRAXIS_API_KEY}, then the preset's variable.
         *
         * @param apiKey the key
         * @return this builder
         */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /**
         * Time to the response headers and the longest silence in a body; default 60 s.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            this.timeout = positive(timeout, "timeout");
            return this;
        }

        /**
         * The longest a whole streamed response may take; default 10 min.
         *
         * @param streamTimeout a positive duration
         * @return this builder
         */
        public Builder streamTimeout(Duration streamTimeout) {
            this.streamTimeout = positive(streamTimeout, "streamTimeout");
            return this;
        }

        /**
         * Connect, write and whole-call time limits and response size limits; see {@link HttpLimits}.
         *
         * @param httpLimits the limits
         * @return this builder
         */
        public Builder httpLimits(HttpLimits httpLimits) {
            this.httpLimits = Objects.requireNonNull(httpLimits, "httpLimits");
            return this;
        }

        /**
         * How an unavailable model is retried; default {@link RetryPolicy#defaults()}.
         *
         * @param retry the policy
         * @return this builder
         */
        public Builder retry(RetryPolicy retry) {
            this.retry = Objects.requireNonNull(retry, "retry");
            return this;
        }

        /**
         * How tools reach the model; default {@link ToolCallingMode#AUTO}.
         *
         * @param toolCalling the mode
         * @return this builder
         */
        public Builder toolCalling(ToolCallingMode toolCalling) {
            this.toolCalling = Objects.requireNonNull(toolCalling, "toolCalling");
            return this;
        }

        /**
         * Where reasoning arrives (default {@link ReasoningMode#AUTO}: learnt, holding a fresh model's stream).
         *
         * @param reasoning the mode
         * @return this builder
         */
        public Builder reasoning(ReasoningMode reasoning) {
            this.reasoning = Objects.requireNonNull(reasoning, "reasoning");
            return this;
        }

        /**
         * Prices per model; default none, so runs have no cost.
         *
         * @param prices the price table
         * @return this builder
         */
        public Builder prices(PriceTable prices) {
            this.prices = Objects.requireNonNull(prices, "prices");
            return this;
        }

        /**
         * Models to try, in order, when the primary is unavailable after its retries; default none.
         *
         * @param fallbacks the fallback specs
         * @return this builder
         */
        public Builder fallbacks(List<ModelSpec> fallbacks) {
            this.fallbacks = new ArrayList<>(fallbacks);
            return this;
        }

        /**
         * The environment to read {@code PRAXIS_*} and preset key variables from.
         *
         * @param env the environment variables
         * @return this builder
         */
        public Builder env(Map<String, String> env) {
            this.env = Objects.requireNonNull(env, "env");
            return this;
        }

        /**
         * The sampling temperature; default none (the server's).
         *
         * @param temperature the temperature, or null for the server's default
         * @return this builder
         */
        public Builder temperature(Double temperature) {
            this.temperature = temperature;
            return this;
        }

        /**
         * The options set so far.
         *
         * @return the options
         */
        public ModelOptions build() {
            return new ModelOptions(this);
        }

        private static Duration positive(Duration d, String name) {
            if (d == null || d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException(name + " must be > 0, got " + d);
            }
            return d;
        }
    }
}
