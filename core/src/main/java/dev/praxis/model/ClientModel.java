package dev.praxis.model;

import dev.praxis.internal.model.ToolCallIds;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * One network backend: LangChain4j's blocking and streaming clients for the same model (built with
 * {@code maxRetries(0)}: retries are {@link ResilientChatModel}'s job), with errors translated, tool-call
 * ids ensured, and streams bounded by an idle and an overall timeout, since a stalled stream is never cut
 * off by LangChain4j. A reply that ended early is a {@link ModelTruncatedException}, never an answer: streams are
 * checked by {@link StreamGuard}; a plain Ollama reply must say why it is done ({@code done_reason}). It owns its {@link ModelTransport}, which both clients use, and closes it.
 */
final class ClientModel implements TokenStreamingModel {

    private static final long POLL_MILLIS = 50;

    private final ChatModel blocking;
    private final StreamingChatModel streaming;
    private final ErrorTranslator errors;
    private final Preset.Wire wire;
    private final Duration idleTimeout;
    private final Duration overallTimeout;
    private final ModelTransport transport;

    ClientModel(ChatModel blocking, StreamingChatModel streaming, ErrorTranslator errors, Preset.Wire wire,
                Duration idleTimeout, Duration overallTimeout, ModelTransport transport) {
        this.transport = transport;
        this.blocking = blocking;
        this.streaming = streaming;
        this.errors = errors;
        this.wire = wire;
        this.idleTimeout = idleTimeout;
        this.overallTimeout = overallTimeout;
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        ChatResponse response;
        try {
            response = blocking.chat(request);
        } catch (RuntimeException e) {
            throw errors.translate(e);
        }
        if (wire == Preset.Wire.OLLAMA && !finished(response)) {
            // LangChain4j reads the first JSON object of the body and ignores the rest: an NDJSON stream sent to
            // a plain request, cut off before its "done":true line, would otherwise read as a short answer.
            throw errors.translate(new TruncatedReplyException("the reply is not done (\"done\":false, no "
                    + "done_reason)"));
        }
        return ToolCallIds.ensure(response);
    }

    /**
     * Whether a plain Ollama reply is complete: LangChain4j maps its {@code done_reason} to the finish reason,
     * which every Ollama with tool support (0.3 on) sends with {@code "done":true}; calls imply one.
     */
    private static boolean finished(ChatResponse response) {
        return response.finishReason() != null
                || response.aiMessage() != null && response.aiMessage().hasToolExecutionRequests();
    }

    @Override
    public ChatResponse chat(ChatRequest request, Consumer<String> onToken) {
        StreamCollector collector = new StreamCollector(onToken);
        StreamObserver observer = new StreamObserver(collector::fail);
        observer.bind();
        try {
            streaming.chat(request, collector);
        } catch (RuntimeException e) {
            throw errors.translate(e);
        } finally {
            StreamObserver.unbind();
        }
        return await(collector, observer);
    }

    private ChatResponse await(StreamCollector collector, StreamObserver observer) {
        long start = System.nanoTime();
        while (true) {
            try {
                return collector.result().get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException notYet) {
                boolean idle = observer.idleNanos() > idleTimeout.toNanos();
                boolean overall = System.nanoTime() - start > overallTimeout.toNanos();
                if (idle || overall) {
                    observer.cancel();
                    throw new ModelTimeoutException("the stream from " + errors.redact(describe()) + " "
                            + (idle ? "stalled: no data for " + idleTimeout.toMillis() + " ms"
                            : "ran past " + overallTimeout.toMillis() + " ms"), null);
                }
            } catch (ExecutionException e) {
                throw errors.translate(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                observer.cancel();
                throw new ModelUnavailableException("interrupted while streaming", e);
            }
        }
    }

    @Override
    public void close() {
        transport.close();
    }

    private String describe() {
        return errors.describe();
    }
}
