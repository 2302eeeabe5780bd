package dev.praxis.model;

import dev.praxis.internal.model.ToolCallIds;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.CompleteToolCall;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Collects one streamed response. Tool calls are taken from the per-call {@code onCompleteToolCall}
 * events, which LangChain4j 1.11 gets right, rather than from the final message, which keeps only the
 * first of several calls sent in one chunk (langchain4j#4889) and concatenates names repeated in every
 * delta (langchain4j#4528).
 */
final class StreamCollector implements StreamingChatResponseHandler {

    private final Consumer<String> onToken;
    private final Map<Integer, ToolExecutionRequest> calls = new TreeMap<>();
    private final CompletableFuture<ChatResponse> result = new CompletableFuture<>();
    private volatile boolean emitted;

    StreamCollector(Consumer<String> onToken) {
        this.onToken = onToken;
    }

    CompletableFuture<ChatResponse> result() {
        return result;
    }

    /** Whether any answer text has been passed on. */
    boolean emitted() {
        return emitted;
    }

    @Override
    public void onPartialResponse(String partial) {
        if (partial != null && !partial.isEmpty() && !result.isDone()) {
            emitted = true;
            onToken.accept(partial);
        }
    }

    @Override
    public synchronized void onCompleteToolCall(CompleteToolCall call) {
        calls.putIfAbsent(call.index(), call.toolExecutionRequest());
    }

    @Override
    public void onCompleteResponse(ChatResponse response) {
        result.complete(ToolCallIds.ensure(withCollectedCalls(response)));
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    void fail(Throwable error) {
        result.completeExceptionally(error);
    }

    private synchronized ChatResponse withCollectedCalls(ChatResponse response) {
        if (calls.isEmpty() || response.aiMessage() == null) {
            return response;
        }
        List<ToolExecutionRequest> collected = new ArrayList<>(calls.values());
        AiMessage message = AiMessage.builder().text(response.aiMessage().text())
                .thinking(response.aiMessage().thinking()).toolExecutionRequests(collected).build();
        return response.toBuilder().aiMessage(message).build();
    }
}
