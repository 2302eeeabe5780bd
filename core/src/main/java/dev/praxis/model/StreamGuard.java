package dev.praxis.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEvent;
import dev.langchain4j.http.client.sse.ServerSentEventContext;
import dev.langchain4j.http.client.sse.ServerSentEventListener;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Sits between the event parser and LangChain4j's stream listener and fixes what 1.11 gets wrong (see
 * shared/research/wire-and-api.md §0.5-0.6): an in-band error ({@code data: {"error":...}} in an SSE stream,
 * an {@code {"error":"..."}} NDJSON line) is turned into an error instead of being ignored or hanging the
 * handler; a stream that ends before its final event is an error, not a truncated answer; tool-call deltas
 * without {@code index} (some vLLM versions) get one instead of causing a NullPointerException.
 */
final class StreamGuard implements ServerSentEventListener {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServerSentEventListener delegate;
    private final StreamObserver observer;
    private final Map<String, Integer> indexById = new HashMap<>();
    private int lastIndex = -1;
    private int maxIndex = -1;
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
            if (repairToolCallIndexes(node)) {
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
            fail(new IOException("the stream ended before the response was complete"));
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

    private boolean repairToolCallIndexes(JsonNode node) {
        boolean changed = false;
        for (JsonNode choice : node.path("choices")) {
            for (JsonNode call : choice.path("delta").path("tool_calls")) {
                if (call instanceof ObjectNode object) {
                    changed |= assignIndex(object);
                }
            }
        }
        return changed;
    }

    private boolean assignIndex(ObjectNode call) {
        String id = call.path("id").asText(null);
        if (call.hasNonNull("index")) {
            lastIndex = call.get("index").asInt();
            maxIndex = Math.max(maxIndex, lastIndex);
            if (id != null) {
                indexById.putIfAbsent(id, lastIndex);
            }
            return false;
        }
        int index;
        if (id != null) {
            index = indexById.computeIfAbsent(id, k -> maxIndex + 1);
        } else {
            index = Math.max(lastIndex, 0);
        }
        lastIndex = index;
        maxIndex = Math.max(maxIndex, index);
        call.put("index", index);
        return true;
    }
}
