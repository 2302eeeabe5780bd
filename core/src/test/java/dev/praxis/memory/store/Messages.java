package dev.praxis.memory.store;

import dev.langchain4j.data.message.ChatMessage;
import dev.praxis.memory.StoredConversationMemory;
import dev.praxis.testing.SampleTurns;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Sample turns for store and memory tests. */
public final class Messages {

    private Messages() {
    }

    /** A plain turn: the user asks, the assistant answers (test support's sample, shared with the contracts). */
    public static List<ChatMessage> turn(int n) {
        return SampleTurns.turn(n);
    }

    /** A turn with one tool call: user, assistant call, tool result, assistant answer. */
    public static List<ChatMessage> toolTurn(int n) {
        return SampleTurns.toolTurn(n);
    }

    /**
     * Runs {@code writers} threads released together; writer {@code w} uses {@code memories.get(w % size)} and runs
     * {@code turns} turns on session {@code shared}, each holding the session, reading the history and appending
     * {@link #turn}({@code w * 1000 + k}). Waits for all (failing after {@code seconds}).
     */
    public static void leasedTurns(List<StoredConversationMemory> memories, int writers, int turns, long seconds)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                StoredConversationMemory memory = memories.get(w % memories.size());
                done.add(pool.submit(() -> {
                    start.await();
                    for (int k = 0; k < turns; k++) {
                        int n = writer * 1_000 + k;
                        memory.inSession("shared", () -> {
                            memory.history("shared");
                            memory.append("shared", turn(n));
                            return null;
                        });
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(seconds, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
