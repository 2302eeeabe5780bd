package dev.praxis.model.toolcall;

import dev.langchain4j.agent.tool.ToolExecutionRequest;

import java.util.List;
import java.util.Objects;

/**
 * A model's text split into what it is: the answer for the user, the reasoning it wrote in
 * {@code <think>} blocks, and the tool calls it wrote as text (each with a generated id).
 */
public record ParsedMessage(String answer, String thinking, List<ToolExecutionRequest> toolCalls) {

    public ParsedMessage {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(thinking, "thinking");
        toolCalls = List.copyOf(toolCalls);
    }

    public boolean hasToolCalls() {
        return !toolCalls.isEmpty();
    }
}
