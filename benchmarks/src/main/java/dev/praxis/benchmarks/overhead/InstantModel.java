package dev.praxis.benchmarks.overhead;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;

import java.util.List;

/**
 * An in-process model that answers at once with pre-built responses: a call to {@code add(2, 3)} for a new
 * question, and a final answer once the last message is a tool result. It keeps no state and records nothing,
 * so both frameworks pay only for their own work; thread-safe.
 */
public final class InstantModel implements ChatModel {

    static final String ANSWER = "2 + 3 = 5";

    private static final ChatResponse TOOL_CALL = ChatResponse.builder()
            .aiMessage(AiMessage.from(ToolExecutionRequest.builder().id("call_1").name("add")
                    .arguments("{\"a\":2,\"b\":3}").build()))
            .tokenUsage(new TokenUsage(40, 10)).finishReason(FinishReason.TOOL_EXECUTION).build();
    private static final ChatResponse FINAL = ChatResponse.builder().aiMessage(AiMessage.from(ANSWER))
            .tokenUsage(new TokenUsage(60, 8)).finishReason(FinishReason.STOP).build();

    @Override
    public ChatResponse doChat(ChatRequest request) {
        List<ChatMessage> messages = request.messages();
        return messages.get(messages.size() - 1) instanceof ToolExecutionResultMessage ? FINAL : TOOL_CALL;
    }
}
