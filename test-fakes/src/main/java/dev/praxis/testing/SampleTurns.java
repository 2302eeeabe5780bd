package dev.praxis.testing;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;

import java.util.List;

/**
 * Sample conversation turns for store and memory tests: numbered so a test can tell turns apart and check their
 * order after a round trip through a store.
 */
public final class SampleTurns {

    private SampleTurns() {
    }

    /**
     * A plain turn: the user asks, the assistant answers.
     *
     * @param n the turn's number, written into both messages
     * @return two messages
     */
    public static List<ChatMessage> turn(int n) {
        return List.of(UserMessage.from("question " + n), AiMessage.from("answer " + n));
    }

    /**
     * A turn with one tool call: user, assistant call, tool result, assistant answer.
     *
     * @param n the turn's number, written into every message and the call's id
     * @return four messages
     */
    public static List<ChatMessage> toolTurn(int n) {
        ToolExecutionRequest call = ToolExecutionRequest.builder().id("call_" + n).name("loan_payment")
                .arguments("{\"principal\":" + (1000 + n) + "}").build();
        return List.of(UserMessage.from("payment for loan " + n + "?"), AiMessage.from(call),
                ToolExecutionResultMessage.from(call, "{\"payment\":\"" + n + ".00\"}"),
                AiMessage.from("It is " + n + ".00 a month."));
    }
}
