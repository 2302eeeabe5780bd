package dev.praxis.memory;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.praxis.internal.memory.ToolPairing;
import dev.praxis.internal.memory.MessageSnapshot;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Where a history may be cut. An assistant message that requests tools and the tool results that follow it are
 * one unit: a window starting at a tool result would orphan it, and OpenAI-compatible servers reject a tool
 * message without its preceding tool call. Among the allowed cuts, one at a user message (a whole turn) is
 * preferred.
 */
final class Turns {

    private Turns() {
    }

    /**
     * The start of the longest suffix of {@code messages} whose cost fits {@code budget}, moved forward to the
     * next user message when there is one in the suffix, so the window holds whole turns. When not even the
     * last unit fits, the last unit is kept anyway (the model needs the latest exchange).
     */
    static int windowStart(List<ChatMessage> messages, ToIntFunction<ChatMessage> cost, long budget) {
        int size = messages.size();
        long spent = 0;
        int start = size;
        for (int i = size - 1; i >= 0; i--) {
            spent += cost.applyAsInt(messages.get(i));
            if (spent > budget) {
                break;
            }
            if (canStartAt(messages, i)) {
                start = i;
            }
        }
        return turnStartFrom(messages, start);
    }

    /**
     * {@link #windowStart} when every message costs one: the first allowed cut among the last {@code maxMessages},
     * found without walking the whole window backwards.
     */
    static int windowStartByCount(List<ChatMessage> messages, long maxMessages) {
        int size = messages.size();
        int start = size;
        for (int i = (int) Math.max(0, size - maxMessages); i < size; i++) {
            if (canStartAt(messages, i)) {
                start = i;
                break;
            }
        }
        return turnStartFrom(messages, start);
    }

    /** The first user message at or after {@code start}, else {@code start}; the last unit when nothing fit. */
    private static int turnStartFrom(List<ChatMessage> messages, int start) {
        int size = messages.size();
        if (start == size) {
            return lastUnitStart(messages);
        }
        for (int i = start; i < size; i++) {
            if (messages.get(i) instanceof UserMessage) {
                return i;
            }
        }
        return start;
    }

    /** True unless index {@code i} is a tool result (which must stay with the call before it). */
    static boolean canStartAt(List<ChatMessage> messages, int i) {
        return !(messages.get(i) instanceof ToolExecutionResultMessage);
    }

    private static int lastUnitStart(List<ChatMessage> messages) {
        int i = messages.size() - 1;
        while (i > 0 && !canStartAt(messages, i)) {
            i--;
        }
        return Math.max(i, 0);
    }

    /**
     * Repairs a stored log so the server accepts it: a tool call whose result never came (a turn that died between
     * the call and its result) is removed from its assistant message (the message is dropped if nothing is left),
     * and a tool result whose call is missing is dropped. OpenAI-compatible servers reject both.
     */
    static List<ChatMessage> withoutDanglingToolCalls(List<ChatMessage> messages) {
        if (messages instanceof MessageSnapshot stored ? stored.toolCallsKnownPaired() || ToolPairing.pairedUp(stored)
                : ToolPairing.pairedUp(messages)) {
            return messages;
        }
        List<ChatMessage> repaired = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            ChatMessage message = messages.get(i);
            if (message instanceof AiMessage ai && ai.hasToolExecutionRequests()) {
                Set<String> answered = resultIdsAfter(messages, i);
                List<ToolExecutionRequest> kept = ai.toolExecutionRequests().stream()
                        .filter(r -> answered.contains(r.id())).toList();
                if (kept.size() == ai.toolExecutionRequests().size()) {
                    repaired.add(ai);
                } else if (!kept.isEmpty() || (ai.text() != null && !ai.text().isBlank())) {
                    repaired.add(AiMessage.builder().text(ai.text()).thinking(ai.thinking())
                            .toolExecutionRequests(kept).attributes(ai.attributes()).build());
                }
            } else if (!(message instanceof ToolExecutionResultMessage result) || calledBefore(repaired, result.id())) {
                repaired.add(message);
            }
        }
        return repaired;
    }

    private static Set<String> resultIdsAfter(List<ChatMessage> messages, int call) {
        Set<String> ids = new HashSet<>();
        for (int i = call + 1; i < messages.size() && messages.get(i) instanceof ToolExecutionResultMessage r; i++) {
            ids.add(r.id());
        }
        return ids;
    }

    private static boolean calledBefore(List<ChatMessage> repaired, String id) {
        for (int i = repaired.size() - 1; i >= 0; i--) {
            ChatMessage message = repaired.get(i);
            if (message instanceof AiMessage ai) {
                return ai.toolExecutionRequests().stream().anyMatch(r -> r.id() != null && r.id().equals(id));
            }
        }
        return false;
    }
}
