package dev.praxis.micrometer;

import dev.praxis.agent.Interceptor;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import java.util.Objects;

/**
 * Micrometer Observations of agent runs. The interceptor opens an observation per turn ({@value #RUN}), per model
 * call ({@value #MODEL_CALL}) and per tool call ({@value #TOOL_CALL}) on the given registry, each with the
 * low-cardinality key values {@code agent}, {@code model}, {@code tool}, {@code outcome}, {@code stop.reason} that
 * fit it. Each observation's parent is set from the run (the turn's observation, or the tool call that delegated
 * to a specialist), not from the thread, so tool calls on pool threads and agents used as tools nest correctly.
 * Register it with every agent, specialists included:
 *
 * <pre>{@code
 * Agent shop = Agent.builder().name("shop").model(model).tools(tools)
 *         .interceptor(PraxisObservations.interceptor(observationRegistry, "qwen3:8b"))
 *         .build();
 * }</pre>
 */
public final class PraxisObservations {

    /** The observation of one turn of an agent: a run, or a specialist's part of it. */
    public static final String RUN = "praxis.agent.run";
    /** The observation of one model call. */
    public static final String MODEL_CALL = "praxis.model.call";
    /** The observation of one tool call. */
    public static final String TOOL_CALL = "praxis.tool.call";

    private PraxisObservations() {
    }

    /**
     * The interceptor over {@code registry}; model calls whose request names no model get {@code model=unknown}.
     *
     * @param registry where the observations go, e.g. Spring Boot's
     * @return the interceptor (one instance may serve every agent)
     */
    public static Interceptor interceptor(ObservationRegistry registry) {
        return new ObservingInterceptor(Objects.requireNonNull(registry, "registry"), null);
    }

    /**
     * The interceptor over {@code registry}, naming model calls whose request names no model {@code requestModel}
     * (Praxis's model clients carry the model in their configuration, not in each request).
     *
     * @param registry where the observations go, e.g. Spring Boot's
     * @param requestModel the configured model's name, e.g. {@code qwen3:8b}
     * @return the interceptor (one instance may serve every agent)
     */
    public static Interceptor interceptor(ObservationRegistry registry, String requestModel) {
        return new ObservingInterceptor(Objects.requireNonNull(registry, "registry"), requireText(requestModel));
    }

    private static String requireText(@Nullable String model) {
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("requestModel: must not be blank, got '" + model + "'");
        }
        return model;
    }
}
