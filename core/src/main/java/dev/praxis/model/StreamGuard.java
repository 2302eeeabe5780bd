package dev.praxis.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEvent;
import dev.langchain4j.http.client.sse.ServerSentEventContext;
import dev.langchain4j.http.client.sse.ServerSentEventListener;

import java.io.IOException;

/**
 * Sits between the event parser and LangChain4j's stream listener and fixes what 1.11 gets wrong (see
 * shared/research/wire-and-api.md §0.5-0.6): an in-band error ({@code data: {"error":...}} in an SSE stream,
 * an {@code {"error":"..."}} NDJSON line) is turned into an error instead of being ignored or hanging the
 * handler; a stream that ends before its final event ({@code "done":true}, {@code [DONE]} or a
 * {@code finish_reason}) is a {@link TruncatedReplyException}, not a short answer; and every tool call gets an
 * index of its own ({@link ToolCallIndexes}), so that none is merged into another or lost.
 */
final class StreamGuard implements ServerSentEventListener {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServerSentEventListener delegate;
    private final StreamObserver observer;
    private final ToolCallIndexes indexes = new ToolCallIndexes();
    private boolean finished;
    private boolean failed;

    StreamGuard(ServerSentEventListener delegate, StreamObserver observer) {
        this.delegate = delegate;
        this.observer = observer;
    }

    @Override
    public void onOpen(SuccessfulHttpResponse response) {
        delegate.onOpen(response);
    }

    @Override
    public void onEvent(ServerSentEvent event, ServerSentEventContext context) {
        if (failed) {
            return;
        }
        if (observer != null) {
            observer.activity();
        }
        String data = event.data() == null ? "" : event.data().trim();
        if (data.equals("[DONE]")) {
            finished = true;
            delegate.onEvent(event, context);
            return;
        }
        JsonNode node = parse(data);
        if (node != null && node.has("error")) {
            fail(new StatusException(errorStatus(node.get("error")), data, null));
            return;
        }
        ServerSentEvent forwarded = event;
        if (node != null) {
            finished |= node.path("done").asBoolean(false) || hasFinishReason(node);
            if (indexes.repair(node)) {
                forwarded = new ServerSentEvent(event.event(), node.toString());
            }
        }
        delegate.onEvent(forwarded, context);
    }

    @Override
    public void onError(Throwable error) {
        fail(error);
    }

    @Override
    public void onClose() {
        if (failed) {
            return;
        }
        if (!finished) {
            fail(new TruncatedReplyException("the stream ended before the response was complete"));
            return;
        }
        delegate.onClose();
        if (observer != null) {
            // a no-op when the handler completed; ends the wait when LangChain4j never calls back
            observer.failed(new IOException("the stream closed without a complete response"));
        }
    }

    private void fail(Throwable error) {
        if (failed) {
            return;
        }
        failed = true;
        delegate.onError(error);
        if (observer != null) {
            observer.failed(error);
        }
    }

    private static JsonNode parse(String data) {
        if (!data.startsWith("{")) {
            return null;
        }
        try {
            return JSON.readTree(data);
        } catch (IOException notJson) {
            return null;
        }
    }

    private static int errorStatus(JsonNode error) {
        int code = error.path("code").asInt(0);
        return code >= 400 && code < 600 ? code : 500;
    }

    private static boolean hasFinishReason(JsonNode node) {
        for (JsonNode choice : node.path("choices")) {
            JsonNode reason = choice.get("finish_reason");
            if (reason != null && reason.isTextual()) {
                return true;
            }
        }
        return false;
    }
}
