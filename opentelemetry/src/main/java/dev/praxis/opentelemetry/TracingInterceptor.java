package dev.praxis.opentelemetry;

import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.praxis.agent.Interceptor;
import dev.praxis.agent.RunScope;
import dev.praxis.agent.StopReason;
import dev.praxis.agent.Turn;
import dev.praxis.model.TracedResponseMetadata;
import dev.praxis.tool.ToolResult;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Locale;

/**
 * The spans and metrics of turns, model calls and tool calls. Each span takes its parent from the run's open
 * spans ({@link Parents}), not from the thread, and is made current while the call runs, so what the model
 * client or a tool traces itself hangs under it.
 */
final class TracingInterceptor implements Interceptor {

    private final Telemetry telemetry;

    TracingInterceptor(Telemetry telemetry) {
        this.telemetry = telemetry;
    }

    @Override
    public StopReason interceptRun(RunChain chain) {
        RunScope run = chain.run();
        Turn turn = chain.turn();
        Span span = telemetry.tracer().spanBuilder(GenAi.INVOKE_AGENT + " " + turn.agent())
                .setParent(Parents.ofTurn(run, turn)).setSpanKind(SpanKind.INTERNAL)
                .setAttribute(GenAi.OPERATION, GenAi.INVOKE_AGENT)
                .setAttribute(GenAi.AGENT_NAME, turn.agent())
                .setAttribute(GenAi.CONVERSATION_ID, run.sessionId())
                .setAttribute(GenAi.RUN_ID, run.runId())
                .setAttribute(GenAi.DELEGATED, turn.delegated())
                .startSpan();
        if (telemetry.contents() != null) {
            span.setAttribute(GenAi.INPUT_MESSAGES, telemetry.contents().userText(chain.request().message()));
        }
        Context context = Context.current().with(span);
        Parents.turnOpened(run, turn, context);
        long start = System.nanoTime();
        StopReason reason = null;
        Scope scope = context.makeCurrent();
        try {
            reason = chain.proceed();
            return reason;
        } catch (RuntimeException | Error e) {
            failed(span, e);
            throw e;
        } finally {
            scope.close();
            Parents.turnClosed(run, turn);
            turnEnded(span, run, turn, reason, seconds(start));
        }
    }

    private void turnEnded(Span span, RunScope run, Turn turn, @Nullable StopReason reason, double seconds) {
        String stop = reason == null ? "EXCEPTION" : reason.name();
        span.setAttribute(GenAi.STOP_REASON, stop);
        if (reason != null && isFailure(reason)) {
            span.setAttribute(GenAi.ERROR_TYPE, stop);
            span.setStatus(StatusCode.ERROR, "the run stopped: " + stop);
        }
        Attributes attributes = Attributes.of(GenAi.AGENT_NAME, turn.agent(), GenAi.STOP_REASON, stop,
                GenAi.DELEGATED, turn.delegated());
        telemetry.instruments().runs.add(1, attributes);
        telemetry.instruments().runDuration.record(seconds, attributes);
        if (!turn.delegated()) {
            // The usage and cost of a run include its delegated turns: only the run's own turn reports them.
            span.setAttribute(GenAi.INPUT_TOKENS, run.usage().inputTokens());
            span.setAttribute(GenAi.OUTPUT_TOKENS, run.usage().outputTokens());
            run.cost().ifPresent(cost -> {
                span.setAttribute(GenAi.COST_AMOUNT, cost.amount().toPlainString());
                span.setAttribute(GenAi.COST_CURRENCY, cost.currency().getCurrencyCode());
                telemetry.instruments().cost.add(cost.amount().doubleValue(), Attributes.of(GenAi.COST_CURRENCY,
                        cost.currency().getCurrencyCode(), GenAi.AGENT_NAME, turn.agent()));
            });
        }
        span.end();
    }

    /** Stops that gave the user no answer; waiting for a person's approval is not one. */
    private static boolean isFailure(StopReason reason) {
        return reason != StopReason.COMPLETED && reason != StopReason.AWAITING_APPROVAL;
    }

    @Override
    public ChatResponse interceptModel(ModelChain chain) {
        ChatRequest request = chain.request();
        String model = request.modelName() != null ? request.modelName() : telemetry.requestModel();
        Span span = telemetry.tracer().spanBuilder(model == null ? GenAi.CHAT : GenAi.CHAT + " " + model)
                .setParent(Parents.ofCall(chain.run(), chain.turn())).setSpanKind(SpanKind.CLIENT)
                .setAllAttributes(telemetry.modelAttributes(model)).startSpan();
        if (telemetry.contents() != null) {
            span.setAttribute(GenAi.INPUT_MESSAGES, telemetry.contents().messages(request.messages()));
        }
        long start = System.nanoTime();
        ChatResponse response = null;
        String errorType = null;
        Scope scope = span.makeCurrent();
        try {
            response = chain.proceed(request);
            return response;
        } catch (RuntimeException | Error e) {
            errorType = failed(span, e);
            throw e;
        } finally {
            scope.close();
            modelEnded(span, model, response, errorType, seconds(start));
        }
    }

    private void modelEnded(Span span, @Nullable String model, @Nullable ChatResponse response,
                            @Nullable String errorType, double seconds) {
        AttributesBuilder metric = telemetry.modelAttributes(model).toBuilder();
        if (response == null) {
            metric.put(GenAi.ERROR_TYPE, errorType == null ? "error" : errorType);
            telemetry.instruments().operationDuration.record(seconds, metric.build());
            span.end();
            return;
        }
        String responseModel = response.metadata() == null ? null : response.metadata().modelName();
        if (responseModel != null) {
            span.setAttribute(GenAi.RESPONSE_MODEL, responseModel);
            metric.put(GenAi.RESPONSE_MODEL, responseModel);
        }
        if (response.id() != null) {
            span.setAttribute(GenAi.RESPONSE_ID, response.id());
        }
        String finish = finishReason(response.finishReason());
        if (finish != null) {
            span.setAttribute(GenAi.FINISH_REASONS, List.of(finish));
        }
        Attributes labels = metric.build();
        tokens(span, labels, response);
        if (response.metadata() instanceof TracedResponseMetadata traced && traced.trace().attempts() > 1) {
            span.setAttribute(GenAi.ATTEMPTS, traced.trace().attempts());
            telemetry.instruments().retries.add(traced.trace().attempts() - 1L, labels);
        }
        if (telemetry.contents() != null && response.aiMessage() != null) {
            span.setAttribute(GenAi.OUTPUT_MESSAGES, telemetry.contents().output(response.aiMessage(), finish));
        }
        telemetry.instruments().operationDuration.record(seconds, labels);
        span.end();
    }

    private void tokens(Span span, Attributes metric, ChatResponse response) {
        if (response.tokenUsage() == null) {
            return;
        }
        Integer input = response.tokenUsage().inputTokenCount();
        Integer output = response.tokenUsage().outputTokenCount();
        if (input != null) {
            span.setAttribute(GenAi.INPUT_TOKENS, input.longValue());
            telemetry.instruments().tokenUsage.record(input, metric.toBuilder().put(GenAi.TOKEN_TYPE, "input").build());
        }
        if (output != null) {
            span.setAttribute(GenAi.OUTPUT_TOKENS, output.longValue());
            telemetry.instruments().tokenUsage.record(output, metric.toBuilder().put(GenAi.TOKEN_TYPE, "output")
                    .build());
        }
    }

    @Override
    public ToolResult interceptTool(ToolChain chain) throws InterruptedException {
        RunScope run = chain.run();
        Turn turn = chain.turn();
        String tool = chain.call().name();
        String callId = chain.call().id();
        Span span = telemetry.tracer().spanBuilder(GenAi.EXECUTE_TOOL + " " + tool)
                .setParent(Parents.ofCall(run, turn)).setSpanKind(SpanKind.INTERNAL)
                .setAttribute(GenAi.OPERATION, GenAi.EXECUTE_TOOL)
                .setAttribute(GenAi.TOOL_NAME, tool)
                .setAttribute(GenAi.TOOL_CALL_ID, callId)
                .setAttribute(GenAi.TOOL_TYPE, "function")
                .setAttribute(GenAi.SIDE_EFFECT, chain.call().sideEffect().name())
                .startSpan();
        if (telemetry.contents() != null) {
            span.setAttribute(GenAi.TOOL_ARGUMENTS, telemetry.contents().redact(chain.call().arguments()));
        }
        Context context = Context.current().with(span);
        Parents.callOpened(run, turn, callId, context);
        long start = System.nanoTime();
        ToolResult result = null;
        String errorType = null;
        Scope scope = context.makeCurrent();
        try {
            result = chain.proceed(chain.call());
            return result;
        } catch (InterruptedException | RuntimeException | Error e) {
            errorType = failed(span, e);
            throw e;
        } finally {
            scope.close();
            Parents.callClosed(run, turn, callId);
            toolEnded(span, tool, result, errorType, seconds(start));
        }
    }

    private void toolEnded(Span span, String tool, @Nullable ToolResult result, @Nullable String thrown,
                           double seconds) {
        String outcome = result == null ? "exception" : result.outcome().name().toLowerCase(Locale.ROOT);
        span.setAttribute(GenAi.TOOL_OUTCOME, outcome);
        String errorType = thrown;
        if (result != null && (result.outcome() == ToolResult.Outcome.ERROR
                || result.outcome() == ToolResult.Outcome.UNKNOWN)) {
            errorType = "tool_" + outcome;
            span.setAttribute(GenAi.ERROR_TYPE, errorType);
            span.setStatus(StatusCode.ERROR, telemetry.redact(result.error()));
        }
        if (result != null && telemetry.contents() != null && result.result() != null) {
            span.setAttribute(GenAi.TOOL_RESULT, telemetry.contents().redact(String.valueOf(result.result())));
        }
        AttributesBuilder metric = Attributes.builder().put(GenAi.TOOL_NAME, tool).put(GenAi.TOOL_OUTCOME, outcome);
        if (errorType != null) {
            metric.put(GenAi.ERROR_TYPE, errorType);
        }
        telemetry.instruments().toolDuration.record(seconds, metric.build());
        span.end();
    }

    /** Marks the span failed by {@code e}; the message is redacted (it may quote a URL with a key in it). */
    private String failed(Span span, Throwable e) {
        String type = e.getClass().getName();
        span.setAttribute(GenAi.ERROR_TYPE, type);
        span.setStatus(StatusCode.ERROR, telemetry.redact(e.getMessage()));
        // Not recordException: its stack trace and raw message could carry a secret past the redaction.
        span.addEvent("exception", Attributes.of(GenAi.EXCEPTION_TYPE, type, GenAi.EXCEPTION_MESSAGE,
                telemetry.redact(e.getMessage())));
        return type;
    }

    /** FinishReason as the conventions spell it (OpenAI's names: stop, length, tool_calls, content_filter). */
    private static @Nullable String finishReason(@Nullable FinishReason reason) {
        if (reason == null) {
            return null;
        }
        return switch (reason) {
            case STOP -> "stop";
            case LENGTH -> "length";
            case TOOL_EXECUTION -> "tool_calls";
            case CONTENT_FILTER -> "content_filter";
            case OTHER -> "other";
        };
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
