package dev.praxis.agent;

import dev.langchain4j.data.message.ChatMessage;
import dev.praxis.internal.memory.MessageSnapshot;

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
        if (estimated == size && messages instanceof MessageSnapshot stored) {
            // A stored history: one block copy, and its token count is known already (each message estimated
            // once for the session's life). The history is added first, once per run, so nothing is pending.
            stored.copyInto(slots, size);
            size += stored.size();
            estimate += stored.approximateTokens();
            estimated = size;
        } else if (messages instanceof RandomAccess) {
            // Indexed: a history list's iterator costs more than the copy itself. The token estimate is kept up
            // in the same pass when nothing is pending.
            boolean estimating = estimated == size;
            long added = 0;
            for (int i = 0, n = messages.size(); i < n; i++) {
                ChatMessage message = Objects.requireNonNull(messages.get(i), "message");
                slots[size++] = message;
                if (estimating) {
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
