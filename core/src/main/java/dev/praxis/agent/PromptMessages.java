package dev.praxis.agent;

import dev.langchain4j.data.message.ChatMessage;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The messages a run sends, append-only: {@link #snapshot()} gives the model call an immutable view of what is
 * there now without copying it, since the slots it covers are never written again (the array only grows).
 */
final class PromptMessages {

    private static final dev.praxis.memory.TokenEstimator ESTIMATOR = dev.praxis.memory.TokenEstimator.approximate();

    private ChatMessage[] slots = new ChatMessage[64];
    private int size;
    /** Estimated tokens of the first {@code estimated} messages, kept as the prompt grows (for the token budget). */
    private long estimate;
    private int estimated;

    void add(ChatMessage message) {
        if (size == slots.length) {
            slots = Arrays.copyOf(slots, size * 2);
        }
        if (estimated == size) {
            estimate += ESTIMATOR.estimate(message);
            estimated++;
        }
        slots[size++] = Objects.requireNonNull(message, "message");
    }

    void addAll(List<ChatMessage> messages) {
        if (size + messages.size() > slots.length) {
            slots = Arrays.copyOf(slots, Math.max(slots.length * 2, size + messages.size()));
        }
        if (messages instanceof RandomAccess) {
            // Indexed: a history list's iterator costs more than the copy itself. The token estimate is kept up
            // in the same pass when nothing is pending (the history is added first, once per run).
            boolean estimating = estimated == size;
            // A stored history knows its count already (each message estimated once for the session's life).
            boolean counted = estimating && messages instanceof dev.praxis.memory.store.MessageSnapshot;
            long added = counted ? ((dev.praxis.memory.store.MessageSnapshot) messages).approximateTokens() : 0;
            for (int i = 0, n = messages.size(); i < n; i++) {
                ChatMessage message = Objects.requireNonNull(messages.get(i), "message");
                slots[size++] = message;
                if (estimating && !counted) {
                    added += ESTIMATOR.estimate(message);
                }
            }
            if (estimating) {
                estimate += added;
                estimated = size;
            }
        } else {
            for (ChatMessage message : messages) {
                slots[size++] = Objects.requireNonNull(message, "message");
            }
        }
    }

    int size() {
        return size;
    }

    /** What has been added so far, as an immutable list that later additions do not change. */
    List<ChatMessage> snapshot() {
        return new Snapshot(slots, size);
    }

    /**
     * The estimated tokens of the first {@code count} messages; each message is estimated once, as the prompt grows,
     * so asking before every model call costs only what was added since.
     */
    long estimatedTokens(int count) {
        if (count < estimated) {
            long total = 0;
            for (int i = 0; i < count; i++) {
                total += ESTIMATOR.estimate(slots[i]);
            }
            return total;
        }
        while (estimated < count) {
            estimate += ESTIMATOR.estimate(slots[estimated++]);
        }
        return estimate;
    }

    private static final class Snapshot extends AbstractList<ChatMessage> implements RandomAccess {
        private final ChatMessage[] slots;
        private final int size;

        Snapshot(ChatMessage[] slots, int size) {
            this.slots = slots;
            this.size = size;
        }

        @Override
        public ChatMessage get(int index) {
            Objects.checkIndex(index, size);
            return slots[index];
        }

        @Override
        public int size() {
            return size;
        }
    }
}
