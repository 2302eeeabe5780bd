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
 * A LangChain4j model the user built, seen as a {@link TokenStreamingModel} for {@link Models#wrap}: errors
 * translated by {@link ForeignErrors}, tool-call ids ensured, streamed tool calls collected per call
 * ({@link StreamCollector}). With a streaming client both paths stream (a plain {@code chat} collects the stream);
 * without one, {@code chat(request, onToken)} makes a blocking call and hands its whole text over at once. Praxis
 * does not own the client's HTTP connection, so a stream is bounded only by an overall time limit (a stalled
 * stream cannot be closed from here, only abandoned), and closing does nothing: the user closes the client.
 */
final class ForeignModel implements TokenStreamingModel {

    private final ChatModel blocking;
    private final StreamingChatModel streaming;
    private final ForeignErrors errors;
    private final Duration streamTimeout;

    /** Either client may be null, not both ({@link Models#wrap} checks). */
    ForeignModel(ChatModel blocking, StreamingChatModel streaming, String name, Duration streamTimeout) {
        this.blocking = blocking;
        this.streaming = streaming;
        this.errors = new ForeignErrors(name);
        this.streamTimeout = streamTimeout;
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        if (blocking == null) {
            return stream(request, token -> { });
        }
        try {
            return ToolCallIds.ensure(blocking.chat(request));
        } catch (RuntimeException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public ChatResponse chat(ChatRequest request, Consumer<String> onToken) {
        if (streaming != null) {
            return stream(request, onToken);
        }
        ChatResponse response = chat(request);
        if (response.aiMessage() != null && response.aiMessage().text() != null) {
            onToken.accept(response.aiMessage().text());
        }
        return response;
    }

    private ChatResponse stream(ChatRequest request, Consumer<String> onToken) {
        StreamCollector collector = new StreamCollector(onToken);
        try {
            streaming.chat(request, collector);
            return collector.result().get(streamTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            throw errors.translate(e);
        } catch (ExecutionException e) {
            throw errors.translate(e.getCause());
        } catch (TimeoutException e) {
            throw new ModelTimeoutException("the stream ran past " + streamTimeout.toMillis() + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelUnavailableException("interrupted while streaming", e);
        }
    }
}
