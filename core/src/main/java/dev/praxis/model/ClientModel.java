package dev.praxis.model;

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
 * off by LangChain4j. It owns its {@link ModelTransport}, which both clients use, and closes it.
 */
final class ClientModel implements TokenStreamingModel {

    private static final long POLL_MILLIS = 50;

    private final ChatModel blocking;
    private final StreamingChatModel streaming;
    private final ErrorTranslator errors;
    private final Duration idleTimeout;
    private final Duration overallTimeout;
    private final ModelTransport transport;

    ClientModel(ChatModel blocking, StreamingChatModel streaming, ErrorTranslator errors, Duration idleTimeout,
                Duration overallTimeout, ModelTransport transport) {
        this.transport = transport;
        this.blocking = blocking;
        this.streaming = streaming;
        this.errors = errors;
        this.idleTimeout = idleTimeout;
        this.overallTimeout = overallTimeout;
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        try {
            return ToolCallIds.ensure(blocking.chat(request));
        } catch (RuntimeException e) {
            throw errors.translate(e);
        }
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
