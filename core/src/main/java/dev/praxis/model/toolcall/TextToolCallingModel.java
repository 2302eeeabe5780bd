package dev.praxis.model.toolcall;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.praxis.model.ModelTruncatedException;
import dev.praxis.model.ReasoningMode;
import dev.praxis.model.TokenStreamingModel;
import dev.praxis.model.ToolCallingMode;

import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Applies a {@link ToolCallingMode} around a backend. In {@code AUTO} and {@code PROMPTED} mode, when the
 * request offered tools and the response has no native tool calls, the text is parsed with
 * {@link TextToolCallParser} and the calls found in the model's own call position (the end of the reply) become
 * real tool calls, while call markup quoted inside an answer stays text; {@code PROMPTED} also rewrites the
 * request so that the tools travel in the system prompt. In every mode {@code <think>} reasoning is moved out
 * of the answer, and streamed tokens never show tool-call markup or reasoning (see {@link MarkupFilter}).
 *
 * <p>A reply cut off by the token limit ({@link FinishReason#LENGTH}: OpenAI's {@code finish_reason: length},
 * Ollama's {@code done_reason: length}) that holds a call, native or written, or a call block that ends in the
 * middle of its value, is a {@link ModelTruncatedException}: its calls are never run, since their arguments or
 * even their names may be cut short.
 *
 * <p>Whether the server's chat template opens {@code <think>} itself (QwQ and thinking templates) is learnt from
 * the replies: until a reply has shown that it does not, the start of a stream is held back until its
 * reasoning has ended, so that reasoning never reaches the user. {@link ReasoningMode} sets this instead where the
 * user knows the server.
 */
public final class TextToolCallingModel implements TokenStreamingModel {

    /** What the replies so far say about who opens {@code <think>}. */
    private enum Thinking { UNKNOWN, TEMPLATE_OPENS, MODEL_OPENS }

    private final TokenStreamingModel delegate;
    private final ToolCallingMode mode;
    private final TextToolCallParser parser;
    private volatile Thinking thinking = Thinking.UNKNOWN;

    /**
     * A model that learns from replies whether the server's template opens {@code <think>}.
     *
     * @param delegate the model to call
     * @param mode how tools reach the model
     */
    public TextToolCallingModel(TokenStreamingModel delegate, ToolCallingMode mode) {
        this(delegate, mode, ReasoningMode.AUTO);
    }

    /**
     * A model that starts from what {@code reasoning} says about the server instead of learning it: with
     * {@link ReasoningMode#SEPARATED} no stream is held back for reasoning.
     *
     * @param delegate the model to call
     * @param mode how tools reach the model
     * @param reasoning where reasoning arrives
     */
    public TextToolCallingModel(TokenStreamingModel delegate, ToolCallingMode mode, ReasoningMode reasoning) {
        this(delegate, mode, new TextToolCallParser());
        this.thinking = switch (reasoning) {
            case AUTO -> Thinking.UNKNOWN;
            case SEPARATED -> Thinking.MODEL_OPENS;
            case TEMPLATE_OPENED -> Thinking.TEMPLATE_OPENS;
        };
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
        boolean callsPossible = parsesCalls(request);
        MarkupFilter filter = new MarkupFilter(onToken, thinking != Thinking.MODEL_OPENS, callsPossible,
                text -> {
                    ParsedMessage parsed = parser.parse(text, request.toolSpecifications());
                    return parsed.hasToolCalls() || parsed.cutOff() ? parsed.answer() : null;
                }, request.toolSpecifications().stream().map(ToolSpecification::name).collect(Collectors.toSet()));
        ChatResponse response = delegate.chat(prepare(request), filter);
        filter.flush();
        return postProcess(request, response);
    }

    private ChatRequest prepare(ChatRequest request) {
        boolean hasTools = !request.toolSpecifications().isEmpty();
        return mode == ToolCallingMode.PROMPTED && hasTools ? HermesPrompt.rewrite(request) : request;
    }

    private boolean parsesCalls(ChatRequest request) {
        return mode != ToolCallingMode.NATIVE && !request.toolSpecifications().isEmpty();
    }

    private ChatResponse postProcess(ChatRequest request, ChatResponse response) {
        AiMessage message = response.aiMessage();
        boolean cutByLimit = response.finishReason() == FinishReason.LENGTH;
        if (message == null) {
            return response;
        }
        if (cutByLimit && message.hasToolExecutionRequests()) {
            throw truncated("a tool call");
        }
        learnThinking(message.text() == null ? "" : message.text());
        if (message.text() == null) {
            return response;
        }
        ParsedMessage parsed = parsesCalls(request) && !message.hasToolExecutionRequests()
                ? parser.parse(message.text(), request.toolSpecifications())
                : parser.withoutThinking(message.text());
        if (parsed.cutOff() || (cutByLimit && parsed.hasToolCalls())) {
            throw truncated("a tool call written as text");
        }
        if (!parsed.hasToolCalls() && parsed.thinking().isEmpty() && parsed.answer().equals(message.text())) {
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

    private void learnThinking(String text) {
        if (TextToolCallParser.templateOpenedThinking(text)) {
            thinking = Thinking.TEMPLATE_OPENS;
        } else if (thinking == Thinking.UNKNOWN) {
            thinking = Thinking.MODEL_OPENS;
        }
    }

    private static ModelTruncatedException truncated(String what) {
        return new ModelTruncatedException("the reply was cut off in the middle of " + what + " (by the output"
                + " token limit, or the stream ended inside it), so no tool was run; raise the server's or the"
                + " request's maximum output tokens (max_tokens, num_predict) if this repeats", null);
    }

    private static String textOrNull(ParsedMessage parsed) {
        return parsed.answer().isEmpty() ? null : parsed.answer();
    }
}
