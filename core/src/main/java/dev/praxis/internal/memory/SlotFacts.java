package dev.praxis.internal.memory;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.praxis.internal.memory.ToolPairing;
import dev.praxis.memory.TokenEstimator;

import java.util.Arrays;

/**
 * What the memory asks of one session's append-only messages on every load, worked out once per stored message
 * instead of once per load: running sums of their approximate token counts and of their system messages, and
 * whether the log up to each message keeps tool calls and results paired ({@link ToolPairing}). Extended lazily
 * up to what a snapshot asks for; valid for as long as the session's slots are never rewritten, which is the
 * in-memory store's contract.
 */
public final class SlotFacts {

    private static final TokenEstimator ESTIMATOR = TokenEstimator.approximate();

    /** {@code tokens[i]} is the token count of the first {@code i} messages. */
    private long[] tokens = new long[17];
    /** {@code systems[i]} is the number of system messages among the first {@code i}. */
    private int[] systems = new int[17];
    /** {@code balanced[i]}: the first {@code i} messages keep the rule and leave no call waiting. */
    private boolean[] balanced = new boolean[17];
    private final ToolPairing pairing = new ToolPairing();
    private int known;

    /** Facts of a session with no messages yet; they grow as its snapshots ask. */
    public SlotFacts() {
    }

    synchronized long tokensBetween(ChatMessage[] slots, int from, int to) {
        extend(slots, to);
        return tokens[to] - tokens[from];
    }

    synchronized int systemMessagesBetween(ChatMessage[] slots, int from, int to) {
        extend(slots, to);
        return systems[to] - systems[from];
    }

    /**
     * Whether {@code slots[from, to)} pairs up. When the whole log up to {@code to} does, so does every suffix that
     * does not start at a tool result. Otherwise this cannot tell, and says no: the caller checks the range itself.
     */
    synchronized boolean pairedUp(ChatMessage[] slots, int from, int to) {
        extend(slots, to);
        return balanced[to] && (from == to || !(slots[from] instanceof ToolExecutionResultMessage));
    }

    private void extend(ChatMessage[] slots, int to) {
        if (to <= known) {
            return;
        }
        if (to >= tokens.length) {
            // Room for the whole slot array: a session reloaded after compaction does not grow three times.
            int length = Math.max(Math.max(tokens.length * 2, to + 1), slots.length + 1);
            tokens = Arrays.copyOf(tokens, length);
            systems = Arrays.copyOf(systems, length);
            balanced = Arrays.copyOf(balanced, length);
        }
        if (known == 0) {
            balanced[0] = true;
        }
        for (int i = known; i < to; i++) {
            ChatMessage message = slots[i];
            tokens[i + 1] = tokens[i] + ESTIMATOR.estimate(message);
            systems[i + 1] = systems[i] + (message instanceof SystemMessage ? 1 : 0);
            balanced[i + 1] = pairing.accept(message) && pairing.balanced();
        }
        known = to;
    }
}
