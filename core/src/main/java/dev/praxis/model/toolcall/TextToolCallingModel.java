package dev.praxis.model.toolcall;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.praxis.model.TokenStreamingModel;
import dev.praxis.model.ToolCallingMode;

import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Applies a {@link ToolCallingMode} around a backend. In {@code AUTO} and {@code PROMPTED} mode, when the
 * request offered tools and the response has no native tool calls, the text is parsed with
 * {@link TextToolCallParser} and the calls found in the model's own call position (the end of the reply) become
 * real tool calls, while call markup quoted inside an answer stays text; {@code PROMPTED} also rewrites the
 * request so that the tools travel in the system prompt. In every mode {@code <think>} reasoning is moved out
 * of the answer, and streamed tokens never show tool-call markup or reasoning.
 */
public final class TextToolCallingModel implements TokenStreamingModel {

    private final TokenStreamingModel delegate;
    private final ToolCallingMode mode;
    private final TextToolCallParser parser;

    public TextToolCallingModel(TokenStreamingModel delegate, ToolCallingMode mode) {
        this(delegate, mode, new TextToolCallParser());
    }

    TextToolCallingModel(TokenStreamingModel delegate, ToolCallingMode mode, TextToolCallParser parser) {
        this.delegate = delegate;
        this.mode = mode;
        this.parser = parser;
    }

    /** Closes the wrapped model. */
    @Override
    public void close() {
        delegate.close();
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        return postProcess(request, delegate.chat(prepare(request)));
    }

    @Override
    public ChatResponse chat(ChatRequest request, Consumer<String> onToken) {
        MarkupFilter filter = new MarkupFilter(onToken);
        ChatResponse response = delegate.chat(prepare(request), filter);
        filter.flush();
        return postProcess(request, response);
    }

    private ChatRequest prepare(ChatRequest request) {
        boolean hasTools = !request.toolSpecifications().isEmpty();
        return mode == ToolCallingMode.PROMPTED && hasTools ? HermesPrompt.rewrite(request) : request;
    }

    private ChatResponse postProcess(ChatRequest request, ChatResponse response) {
        AiMessage message = response.aiMessage();
        if (message == null || message.text() == null) {
            return response;
        }
        boolean parseCalls = mode != ToolCallingMode.NATIVE && !request.toolSpecifications().isEmpty()
                && !message.hasToolExecutionRequests();
        ParsedMessage parsed = parseCalls
                ? parser.parse(message.text(), known(request))
                : parser.withoutThinking(message.text());
        if (!parsed.hasToolCalls() && parsed.thinking().isEmpty()) {
            return response;
        }
        AiMessage.Builder rebuilt = AiMessage.builder().text(textOrNull(parsed)).thinking(message.thinking())
                .toolExecutionRequests(message.toolExecutionRequests());
        if (!parsed.thinking().isEmpty() && message.thinking() == null) {
            rebuilt.thinking(parsed.thinking());
        }
        ChatResponse.Builder out = response.toBuilder();
        if (parsed.hasToolCalls()) {
            rebuilt.toolExecutionRequests(parsed.toolCalls());
            out.metadata(response.metadata().toBuilder().finishReason(FinishReason.TOOL_EXECUTION).build());
        }
        return out.aiMessage(rebuilt.build()).build();
    }

    private static Set<String> known(ChatRequest request) {
        return request.toolSpecifications().stream().map(ToolSpecification::name).collect(Collectors.toSet());
    }

    private static String textOrNull(ParsedMessage parsed) {
        return parsed.answer().isEmpty() ? null : parsed.answer();
    }
}
