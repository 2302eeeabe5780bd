package dev.praxis.internal.memory;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The rule OpenAI-compatible servers enforce on a history, checked one message at a time: every tool call is
 * answered by the results right after its assistant message, and every result answers a call of the assistant
 * message right before it (once). Fed in order, it says whether the messages so far keep the rule and whether a
 * call is still waiting for its result. Once broken it stays broken. Not thread-safe; one per scan.
 */
public final class ToolPairing {

    /** The calls of the assistant message whose results are being read; empty outside such a run. */
    private List<ToolExecutionRequest> calls = List.of();
    private String[] answered = new String[4];
    private int answeredCount;
    private boolean broken;

    /**
     * Whether {@code messages}, read from the start, keep the rule and end with no call waiting.
     *
     * @param messages the messages
     * @return true when every call is answered and every result answers a call
     */
    public static boolean pairedUp(List<ChatMessage> messages) {
        ToolPairing pairing = new ToolPairing();
        for (int i = 0, n = messages.size(); i < n; i++) {
            if (!pairing.accept(messages.get(i))) {
                return false;
            }
        }
        return pairing.balanced();
    }

    /**
     * Reads the next message; false once the messages read so far break the rule.
     *
     * @param message the next message
     * @return true while the rule holds
     */
    public boolean accept(ChatMessage message) {
        if (broken) {
            return false;
        }
        if (message instanceof ToolExecutionResultMessage result) {
            broken = !answers(result.id());
            return !broken;
        }
        if (answeredCount != calls.size()) {
            broken = true;
            return false;
        }
        calls = message instanceof AiMessage ai ? ai.toolExecutionRequests() : List.of();
        answeredCount = 0;
        return true;
    }

    /**
     * True when the rule holds and no call read so far is waiting for its result.
     *
     * @return true when balanced
     */
    public boolean balanced() {
        return !broken && answeredCount == calls.size();
    }

    private boolean answers(String id) {
        if (!requested(id)) {
            return false;
        }
        for (int i = 0; i < answeredCount; i++) {
            if (Objects.equals(answered[i], id)) {
                return false;
            }
        }
        if (answeredCount == answered.length) {
            answered = Arrays.copyOf(answered, answeredCount * 2);
        }
        answered[answeredCount++] = id;
        return true;
    }

    private boolean requested(String id) {
        for (ToolExecutionRequest call : calls) {
            if (Objects.equals(call.id(), id)) {
                return true;
            }
        }
        return false;
    }
}
