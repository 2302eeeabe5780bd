package dev.praxis.memory.store;

import dev.langchain4j.data.message.ChatMessage;
import dev.praxis.memory.TokenEstimator;

import java.util.Arrays;

/**
 * Running sums of the approximate token counts of one session's append-only messages: {@code prefix[i]} is the
 * count of the first {@code i}. Extended lazily up to what a snapshot asks for; valid for as long as the session's
 * slots are never rewritten, which is the in-memory store's contract.
 */
final class TokenCounts {

    private static final TokenEstimator ESTIMATOR = TokenEstimator.approximate();

    private long[] prefix = new long[17];
    private int known;

    synchronized long between(ChatMessage[] slots, int from, int to) {
        if (to > known) {
            if (to >= prefix.length) {
                prefix = Arrays.copyOf(prefix, Math.max(prefix.length * 2, to + 1));
            }
            for (int i = known; i < to; i++) {
                prefix[i + 1] = prefix[i] + ESTIMATOR.estimate(slots[i]);
            }
            known = to;
        }
        return prefix[to] - prefix[from];
    }
}
