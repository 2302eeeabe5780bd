package dev.praxis.micrometer;

import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.praxis.agent.Interceptor;
import dev.praxis.agent.RunScope;
import dev.praxis.agent.StopReason;
import dev.praxis.agent.Turn;
import dev.praxis.model.TracedResponseMetadata;
import dev.praxis.tool.ToolResult;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import java.util.Locale;

/**
 * Opens an observation per turn, model call and tool call. Every observation of one name always carries the same
 * low-cardinality keys ({@code none} or {@code unknown} when there is no value), since some metrics backends
 * refuse a meter whose tag keys change. Each observation is in scope while its call runs, so what the model
 * client or a tool observes itself hangs under it.
 */
final class ObservingInterceptor implements Interceptor {

    private final ObservationRegistry registry;
    private final @Nullable String requestModel;

    ObservingInterceptor(ObservationRegistry registry, @Nullable String requestModel) {
        this.registry = registry;
        this.requestModel = requestModel;
    }

    @Override
    public StopReason interceptRun(RunChain chain) {
        RunScope run = chain.run();
        Turn turn = chain.turn();
        Observation observation = Observation.createNotStarted(PraxisObservations.RUN, registry)
                .contextualName("invoke_agent " + turn.agent())
                .lowCardinalityKeyValue(Keys.AGENT, turn.agent())
                .lowCardinalityKeyValue(Keys.DELEGATED, Boolean.toString(turn.delegated()))
                .highCardinalityKeyValue(Keys.RUN_ID, run.runId())
                .highCardinalityKeyValue(Keys.SESSION_ID, run.sessionId());
        Observation parent = Parents.ofTurn(run, turn);
        if (parent != null) {
            observation.parentObservation(parent);
        }
        observation.start();
        Parents.turnOpened(run, turn, observation);
        StopReason reason = null;
        Observation.Scope scope = observation.openScope();
        try {
            reason = chain.proceed();
            return reason;
        } catch (RuntimeException | Error e) {
            observation.error(e);
            throw e;
        } finally {
            scope.close();
            Parents.turnClosed(run, turn);
            observation.lowCardinalityKeyValue(Keys.STOP_REASON, reason == null ? "EXCEPTION" : reason.name());
            if (!turn.delegated()) {
                // A run's usage includes its delegated turns: only the run's own turn reports it.
                observation.highCardinalityKeyValue(Keys.INPUT_TOKENS, Long.toString(run.usage().inputTokens()));
                observation.highCardinalityKeyValue(Keys.OUTPUT_TOKENS, Long.toString(run.usage().outputTokens()));
            }
            observation.stop();
        }
    }

    @Override
    public ChatResponse interceptModel(ModelChain chain) {
        ChatRequest request = chain.request();
        String model = request.modelName() != null ? request.modelName() : requestModel;
        Observation observation = Observation.createNotStarted(PraxisObservations.MODEL_CALL, registry)
                .contextualName(model == null ? "chat" : "chat " + model)
                .lowCardinalityKeyValue(Keys.AGENT, chain.turn().agent())
                .lowCardinalityKeyValue(Keys.MODEL, model == null ? "unknown" : model);
        Observation parent = Parents.ofCall(chain.run(), chain.turn());
        if (parent != null) {
            observation.parentObservation(parent);
        }
        observation.start();
        ChatResponse response = null;
        Observation.Scope scope = observation.openScope();
        try {
            response = chain.proceed(request);
            return response;
        } catch (RuntimeException | Error e) {
            observation.error(e);
            throw e;
        } finally {
            scope.close();
            modelEnded(observation, response);
            observation.stop();
        }
    }

    private static void modelEnded(Observation observation, @Nullable ChatResponse response) {
        observation.lowCardinalityKeyValue(Keys.OUTCOME, response == null ? "error" : "success");
        String finish = response == null || response.finishReason() == null ? "none"
                : response.finishReason().name().toLowerCase(Locale.ROOT);
        observation.lowCardinalityKeyValue(Keys.FINISH_REASON, finish);
        if (response == null) {
            return;
        }
        if (response.metadata() != null && response.metadata().modelName() != null) {
            observation.highCardinalityKeyValue(Keys.RESPONSE_MODEL, response.metadata().modelName());
        }
        if (response.tokenUsage() != null && response.tokenUsage().inputTokenCount() != null) {
            observation.highCardinalityKeyValue(Keys.INPUT_TOKENS, response.tokenUsage().inputTokenCount().toString());
        }
        if (response.tokenUsage() != null && response.tokenUsage().outputTokenCount() != null) {
            observation.highCardinalityKeyValue(Keys.OUTPUT_TOKENS,
                    response.tokenUsage().outputTokenCount().toString());
        }
        if (response.metadata() instanceof TracedResponseMetadata traced) {
            observation.highCardinalityKeyValue(Keys.ATTEMPTS, Integer.toString(traced.trace().attempts()));
        }
    }

    @Override
    public ToolResult interceptTool(ToolChain chain) throws InterruptedException {
        RunScope run = chain.run();
        Turn turn = chain.turn();
        String callId = chain.call().id();
        Observation observation = Observation.createNotStarted(PraxisObservations.TOOL_CALL, registry)
                .contextualName("execute_tool " + chain.call().name())
                .lowCardinalityKeyValue(Keys.AGENT, turn.agent())
                .lowCardinalityKeyValue(Keys.TOOL, chain.call().name())
                .lowCardinalityKeyValue(Keys.SIDE_EFFECT, chain.call().sideEffect().name())
                .highCardinalityKeyValue(Keys.TOOL_CALL_ID, callId);
        Observation parent = Parents.ofCall(run, turn);
        if (parent != null) {
            observation.parentObservation(parent);
        }
        observation.start();
        Parents.callOpened(run, turn, callId, observation);
        ToolResult result = null;
        Observation.Scope scope = observation.openScope();
        try {
            result = chain.proceed(chain.call());
            return result;
        } catch (InterruptedException | RuntimeException | Error e) {
            observation.error(e);
            throw e;
        } finally {
            scope.close();
            Parents.callClosed(run, turn, callId);
            observation.lowCardinalityKeyValue(Keys.OUTCOME, result == null ? "exception"
                    : result.outcome().name().toLowerCase(Locale.ROOT));
            observation.stop();
        }
    }

    /** The key names; Micrometer's style (lower case, dot-separated), which registries rename as they need. */
    static final class Keys {
        static final String AGENT = "agent";
        static final String DELEGATED = "delegated";
        static final String STOP_REASON = "stop.reason";
        static final String MODEL = "model";
        static final String OUTCOME = "outcome";
        static final String FINISH_REASON = "finish.reason";
        static final String TOOL = "tool";
        static final String SIDE_EFFECT = "side.effect";
        static final String RUN_ID = "praxis.run.id";
        static final String SESSION_ID = "praxis.session.id";
        static final String TOOL_CALL_ID = "tool.call.id";
        static final String RESPONSE_MODEL = "response.model";
        static final String INPUT_TOKENS = "tokens.input";
        static final String OUTPUT_TOKENS = "tokens.output";
        static final String ATTEMPTS = "attempts";

        private Keys() {
        }
    }
}
