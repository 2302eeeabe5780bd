package dev.praxis.model.toolcall;

import dev.langchain4j.agent.tool.ToolExecutionRequest;

import java.util.List;
import java.util.Objects;

/**
 * A model's text split into what it is: the answer for the user, the reasoning it wrote in
 * {@code <think>} blocks, and the tool calls it wrote as text (each with a generated id).
 *
 * @param cutOff whether the reply ends inside a call block, so that the call is incomplete: no call is reported
 *               then, and the reply must not be taken as an answer either
 */
public record ParsedMessage(String answer, String thinking, List<ToolExecutionRequest> toolCalls, boolean cutOff) {

    /**
     * Checks the texts and copies the tool calls.
     *
     * @param answer the text for the user
     * @param thinking the reasoning
     * @param toolCalls the tool calls
     * @param cutOff whether the reply ends inside a call block
     */
    public ParsedMessage {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(thinking, "thinking");
        toolCalls = List.copyOf(toolCalls);
    }

    /**
     * A complete message (not cut off).
     *
     * @param answer the text for the user
     * @param thinking the reasoning
     * @param toolCalls the tool calls
     */
    public ParsedMessage(String answer, String thinking, List<ToolExecutionRequest> toolCalls) {
        this(answer, thinking, toolCalls, false);
    }

    /**
     * Whether the text held tool calls (complete ones; a block that held no readable call counts as one).
     *
     * @return true when there are tool calls
     */
    public boolean hasToolCalls() {
        return !toolCalls.isEmpty();
    }
}
