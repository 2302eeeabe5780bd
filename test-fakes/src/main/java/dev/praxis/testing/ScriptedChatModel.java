package dev.praxis.testing;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A {@link ChatModel} that replays a script instead of calling a model, and records every request it gets.
 * Use it to test agents and tools without a model server.
 *
 * <pre>{@code
 * ScriptedChatModel model = ScriptedChatModel.of(
 *         ScriptedChatModel.toolCall("loan_payment", "{\"principal\":200000,\"annual_rate\":6.5,\"term_months\":360}"),
 *         ScriptedChatModel.answer("Your payment is 1,264.14 a month."));
 * // ... run the agent ...
 * assertThat(model.requests()).hasSize(2);
 * }</pre>
 *
 * Each scripted step is a function of the request, so a step can also inspect what the agent sent. When the
 * script runs out the model throws {@link IllegalStateException}. Thread-safe.
 */
public final class ScriptedChatModel implements ChatModel {

    private static final AtomicInteger IDS = new AtomicInteger();

    private final List<Function<ChatRequest, ChatResponse>> steps;
    private final boolean repeatLast;
    private final List<ChatRequest> requests = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger next = new AtomicInteger();

    private ScriptedChatModel(List<Function<ChatRequest, ChatResponse>> steps, boolean repeatLast) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a script needs at least one step");
        }
        this.steps = List.copyOf(steps);
        this.repeatLast = repeatLast;
    }

    /**
     * A model that answers with {@code responses} in order, then fails.
     *
     * @param responses the answers, one per request
     * @return the model
     */
    public static ScriptedChatModel of(ChatResponse... responses) {
        List<Function<ChatRequest, ChatResponse>> steps = new ArrayList<>();
        for (ChatResponse response : responses) {
            Objects.requireNonNull(response, "response");
            steps.add(request -> response);
        }
        return new ScriptedChatModel(steps, false);
    }

    /**
     * A model whose every answer is computed from the request, e.g. to echo or to fail on demand.
     *
     * @param step computes the answer to each request
     * @return the model
     */
    public static ScriptedChatModel answering(Function<ChatRequest, ChatResponse> step) {
        return new ScriptedChatModel(List.of(step), true);
    }

    /**
     * A model that repeats {@code response} forever, e.g. a model that never stops calling tools.
     *
     * @param response the answer to every request
     * @return the model
     */
    public static ScriptedChatModel repeating(ChatResponse response) {
        return new ScriptedChatModel(List.of(request -> response), true);
    }

    /**
     * A scripted response of one or more tool calls (each given an id if it has none).
     *
     * @param calls the calls, in order
     * @return a response whose AI message carries {@code calls}
     */
    public static ChatResponse toolCalls(ToolExecutionRequest... calls) {
        List<ToolExecutionRequest> withIds = new ArrayList<>();
        for (ToolExecutionRequest call : calls) {
            withIds.add(call.id() != null ? call : ToolExecutionRequest.builder().id(nextId())
                    .name(call.name()).arguments(call.arguments()).build());
        }
        return ChatResponse.builder().aiMessage(AiMessage.from(withIds))
                .tokenUsage(new TokenUsage(10, 5)).finishReason(FinishReason.TOOL_EXECUTION).build();
    }

    /**
     * A scripted response of one tool call.
     *
     * @param name the tool's name
     * @param argumentsJson the arguments' JSON text
     * @return a response whose AI message carries the call
     */
    public static ChatResponse toolCall(String name, String argumentsJson) {
        return toolCalls(call(name, argumentsJson));
    }

    /**
     * A tool call request with a fresh id.
     *
     * @param name the tool's name
     * @param argumentsJson the arguments' JSON text
     * @return the request
     */
    public static ToolExecutionRequest call(String name, String argumentsJson) {
        return ToolExecutionRequest.builder().id(nextId()).name(name).arguments(argumentsJson).build();
    }

    /**
     * A scripted final answer.
     *
     * @param text the answer
     * @return a response whose AI message is {@code text}
     */
    public static ChatResponse answer(String text) {
        return ChatResponse.builder().aiMessage(AiMessage.from(text))
                .tokenUsage(new TokenUsage(10, 5)).finishReason(FinishReason.STOP).build();
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        requests.add(request);
        int index = next.getAndIncrement();
        if (index >= steps.size()) {
            if (!repeatLast) {
                throw new IllegalStateException("script exhausted: " + steps.size() + " scripted responses, request "
                        + (index + 1) + " received");
            }
            index = steps.size() - 1;
        }
        return steps.get(index).apply(request);
    }

    /**
     * Every request received so far, in order.
     *
     * @return a copy of the requests; empty before the first call
     */
    public List<ChatRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /**
     * The last request received.
     *
     * @return the most recent request
     * @throws IllegalStateException if no request has been received
     */
    public ChatRequest lastRequest() {
        synchronized (requests) {
            if (requests.isEmpty()) {
                throw new IllegalStateException("no request received yet");
            }
            return requests.get(requests.size() - 1);
        }
    }

    private static String nextId() {
        return "call_" + IDS.incrementAndGet();
    }
}
