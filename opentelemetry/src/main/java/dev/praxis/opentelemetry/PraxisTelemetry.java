package dev.praxis.opentelemetry;

import dev.praxis.agent.Interceptor;
import dev.praxis.event.AgentListener;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import org.jspecify.annotations.Nullable;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Traces and metrics of agent runs for OpenTelemetry, following its GenAI semantic conventions: an
 * {@code invoke_agent} span per turn, a {@code chat} span per model call and an {@code execute_tool} span per tool
 * call, parented correctly across parallel tool calls and agents used as tools; the GenAI client metrics and
 * Praxis's own (runs by stop reason, tool calls by outcome, retries, approvals, cost). Message contents are
 * recorded only when {@linkplain Builder#captureContent opted in}, and then redacted. Register both parts with
 * every agent, specialists included:
 *
 * <pre>{@code
 * PraxisTelemetry telemetry = PraxisTelemetry.builder(GlobalOpenTelemetry.get())
 *         .requestModel("qwen3:8b").server(URI.create("http://localhost:11434"))
 *         .build();
 * Agent shop = Agent.builder().name("shop").model(model).tools(tools)
 *         .interceptor(telemetry.interceptor()).listener(telemetry.listener())
 *         .build();
 * }</pre>
 *
 * <p>Only the OpenTelemetry API is needed; without an SDK (or the Java agent) every call is a no-op.
 */
public final class PraxisTelemetry {

    /** The instrumentation scope of the tracer and the meter. */
    public static final String SCOPE = "dev.praxis";

    private final Interceptor interceptor;
    private final AgentListener listener;

    private PraxisTelemetry(Telemetry telemetry) {
        this.interceptor = new TracingInterceptor(telemetry);
        this.listener = new ApprovalListener(telemetry);
    }

    /**
     * A builder over {@code openTelemetry} (e.g. {@code GlobalOpenTelemetry.get()} or the SDK an application
     * built).
     *
     * @param openTelemetry where the tracer and the meter come from
     * @return a new builder
     */
    public static Builder builder(OpenTelemetry openTelemetry) {
        return new Builder(openTelemetry);
    }

    /**
     * The interceptor that makes the spans and most metrics; add it to every agent with
     * {@code Agent.Builder.interceptor}, first, so that its spans include the time of other interceptors.
     *
     * @return the interceptor (one instance, shared by all agents)
     */
    public Interceptor interceptor() {
        return interceptor;
    }

    /**
     * The listener that counts approval decisions and adds them to the tool call's span; add it with
     * {@code Agent.Builder.listener}.
     *
     * @return the listener
     */
    public AgentListener listener() {
        return listener;
    }

    /** Options of {@link PraxisTelemetry}; all are optional. */
    public static final class Builder {
        private final OpenTelemetry openTelemetry;
        private boolean captureContent;
        private final List<String> secrets = new ArrayList<>();
        private @Nullable String requestModel;
        private @Nullable String provider;
        private @Nullable URI server;

        private Builder(OpenTelemetry openTelemetry) {
            this.openTelemetry = Objects.requireNonNull(openTelemetry, "openTelemetry");
        }

        /**
         * Whether spans carry message contents (prompts, answers, tool arguments and results); off by default, as
         * the conventions advise. When on, every text passes Praxis's redaction first (API keys, bearer tokens,
         * passwords in URLs, and the {@link #secrets} given here).
         *
         * @param capture true to record contents
         * @return this builder
         */
        public Builder captureContent(boolean capture) {
            this.captureContent = capture;
            return this;
        }

        /**
         * Values masked wherever they appear in recorded contents and error messages (e.g. the model server's API
         * key); give the same list as to {@code Agent.Builder.secret}.
         *
         * @param values the secret values; blank ones are refused
         * @return this builder
         */
        public Builder secrets(List<String> values) {
            for (String value : values) {
                if (value == null || value.isBlank()) {
                    throw new IllegalArgumentException("secrets: a secret must not be blank or null");
                }
                secrets.add(value);
            }
            return this;
        }

        /**
         * The model name recorded as {@code gen_ai.request.model} when a request names none (Praxis's model
         * clients carry the model in their configuration, not in each request).
         *
         * @param model the model's name, e.g. {@code qwen3:8b}
         * @return this builder
         */
        public Builder requestModel(String model) {
            this.requestModel = requireText("requestModel", model);
            return this;
        }

        /**
         * The {@code gen_ai.provider.name} of model calls, e.g. {@code openai} for an OpenAI-compatible server or
         * {@code ollama}; left out when not set.
         *
         * @param provider the provider's name
         * @return this builder
         */
        public Builder provider(String provider) {
            this.provider = requireText("provider", provider);
            return this;
        }

        /**
         * The model server's base URL, recorded as {@code server.address} and {@code server.port} (the port from
         * the scheme when the URL has none).
         *
         * @param baseUrl e.g. {@code http://localhost:11434/v1}
         * @return this builder
         */
        public Builder server(URI baseUrl) {
            Objects.requireNonNull(baseUrl, "server");
            if (baseUrl.getHost() == null) {
                throw new IllegalArgumentException("server: " + baseUrl + " has no host; give a URL such as"
                        + " http://localhost:11434/v1");
            }
            this.server = baseUrl;
            return this;
        }

        /**
         * Builds the interceptor and listener.
         *
         * @return the telemetry
         */
        public PraxisTelemetry build() {
            AttributesBuilder fixed = Attributes.builder();
            if (provider != null) {
                fixed.put(GenAi.PROVIDER, provider);
            }
            if (server != null) {
                fixed.put(GenAi.SERVER_ADDRESS, server.getHost());
                int port = server.getPort() != -1 ? server.getPort() : "https".equalsIgnoreCase(server.getScheme())
                        ? 443 : 80;
                fixed.put(GenAi.SERVER_PORT, (long) port);
            }
            return new PraxisTelemetry(new Telemetry(openTelemetry.getTracer(SCOPE),
                    new Instruments(openTelemetry.getMeter(SCOPE)), captureContent ? new Contents(secrets) : null,
                    requestModel, fixed.build(), List.copyOf(secrets)));
        }

        private static String requireText(String name, @Nullable String value) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(name + ": must not be blank, got '" + value + "'");
            }
            return value;
        }
    }
}
