package dev.praxis.agent;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.ChatResponseMetadata;
import dev.langchain4j.model.output.FinishReason;
import dev.praxis.json.PraxisJson;

import java.lang.reflect.Method;
import java.util.Optional;

/** Turns a model response into a {@link ModelCallRecord}. */
final class ModelCalls {

    private ModelCalls() {
    }

    /** {@link FinishReason} names as the run record spells them, computed once. */
    private static final String[] FINISH_REASONS = java.util.Arrays.stream(FinishReason.values())
            .map(r -> r.name().toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new);

    static ModelCallRecord record(String agent, ChatResponse response, long durationMs) {
        ChatResponseMetadata metadata = response.metadata();
        int toolCalls = response.aiMessage() == null ? 0 : response.aiMessage().toolExecutionRequests().size();
        return new ModelCallRecord(agent, metadata == null ? null : metadata.modelName(),
                Usage.of(response.tokenUsage()),
                response.finishReason() == null ? null : FINISH_REASONS[response.finishReason().ordinal()],
                toolCalls, durationMs, trace(metadata), null);
    }

    /**
     * The resilience trace, when the model decorator attached one: any metadata type with a public {@code trace()}
     * accessor. Read reflectively so the agent depends on no particular backend.
     */
    private static JsonNode trace(ChatResponseMetadata metadata) {
        if (metadata == null || metadata.getClass() == ChatResponseMetadata.class) {
            return null;
        }
        Optional<Method> accessor = TRACE_ACCESSORS.get(metadata.getClass());
        if (accessor.isEmpty()) {
            return null;
        }
        try {
            Object trace = accessor.get().invoke(metadata);
            return trace == null ? null : PraxisJson.tree(trace);
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            if (TRACE_FAILURES.add(metadata.getClass())) {
                LOG.warn("could not read the trace of {}; its calls are recorded without one", metadata.getClass(), e);
            }
            return null;
        }
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ModelCalls.class);

    /** Metadata types whose trace could not be read, so each is logged once, not on every call. */
    private static final java.util.Set<Class<?>> TRACE_FAILURES = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** The lookup is cached per class: a failed getMethod throws, which cost more than the rest of the record. */
    private static final ClassValue<Optional<Method>> TRACE_ACCESSORS = new ClassValue<>() {
        @Override
        protected Optional<Method> computeValue(Class<?> type) {
            try {
                return Optional.of(type.getMethod("trace"));
            } catch (NoSuchMethodException e) {
                return Optional.empty();
            }
        }
    };

    /** The cost the backend put in the call's trace ({@code trace.cost}), or null. */
    static dev.praxis.model.ModelCost tracedCost(ModelCallRecord call) {
        JsonNode cost = call.trace() == null ? null : call.trace().get("cost");
        if (cost == null || !cost.hasNonNull("amount") || !cost.hasNonNull("currency")) {
            return null;
        }
        return new dev.praxis.model.ModelCost(cost.get("amount").decimalValue(),
                java.util.Currency.getInstance(cost.get("currency").asText()));
    }
}
