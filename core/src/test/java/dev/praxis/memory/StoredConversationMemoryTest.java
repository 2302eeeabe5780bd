package dev.praxis.memory;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.praxis.memory.store.ConversationStore;
import dev.praxis.memory.store.FileConversationStore;
import dev.praxis.memory.store.InMemoryConversationStore;
import dev.praxis.memory.store.JdbcConversationStore;
import dev.praxis.memory.store.Messages;
import dev.praxis.memory.store.SessionBusyException;
import dev.praxis.memory.store.VersionConflictException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoredConversationMemoryTest {

    private static final int THREADS = 16;
    private static final int TURNS_PER_THREAD = 25;

    @TempDir
    Path directory;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void losesAndDuplicatesNoTurnWhenManyThreadsShareOneSessionInMemory() throws Exception {
        assertSerialisesTurns(new InMemoryConversationStore());
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void losesAndDuplicatesNoTurnWhenManyThreadsShareOneSessionOnDisk() throws Exception {
        try (FileConversationStore store = FileConversationStore.open(directory)) {
            assertSerialisesTurns(store);
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void losesAndDuplicatesNoTurnWhenManyThreadsShareOneSessionInADatabase() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:praxis_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        assertSerialisesTurns(JdbcConversationStore.create(dataSource));
    }

    /** Each thread runs turns that read the history and append a user/answer pair naming the thread and turn. */
    private static void assertSerialisesTurns(ConversationStore store) throws Exception {
        StoredConversationMemory memory = StoredConversationMemory.of(store, HistoryPolicy.lastMessages(10));
        Messages.leasedTurns(List.of(memory), THREADS, TURNS_PER_THREAD, 100);
        List<ChatMessage> all = memory.transcript("shared");
        assertThat(all).hasSize(THREADS * TURNS_PER_THREAD * 2);
        Set<ChatMessage> distinct = new HashSet<>();
        for (int i = 0; i < all.size(); i += 2) {
            String question = ((UserMessage) all.get(i)).singleText();
            int n = Integer.parseInt(question.substring("question ".length()));
            assertThat(all.subList(i, i + 2)).as("turn %d intact", n).isEqualTo(Messages.turn(n));
            distinct.add(all.get(i));
        }
        assertThat(distinct).hasSize(THREADS * TURNS_PER_THREAD);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void runsTurnsOfDifferentSessionsInParallel() throws Exception {
        StoredConversationMemory memory = StoredConversationMemory.of(new InMemoryConversationStore(),
                HistoryPolicy.lastMessages(10));
        CountDownLatch bothInside = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> turns = new ArrayList<>();
            for (String session : List.of("a", "b")) {
                turns.add(pool.submit(() -> memory.inSession(session, () -> {
                    bothInside.countDown();
                    try {
                        // Only possible if the other session's turn is running at the same time.
                        return bothInside.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                })));
            }
            for (Future<Boolean> turn : turns) {
                assertThat(turn.get(25, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void failsWithSessionBusyBeforeRunningTheTurnWhenTheSessionStaysHeld() throws Exception {
        StoredConversationMemory memory = StoredConversationMemory.of(new InMemoryConversationStore(),
                HistoryPolicy.lastMessages(10), Duration.ofMillis(50));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> holder = pool.submit(() -> memory.inSession("s1", () -> {
                inside.countDown();
                try {
                    return release.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }));
            assertThat(inside.await(20, TimeUnit.SECONDS)).isTrue();
            AtomicBoolean ran = new AtomicBoolean();

            assertThatThrownBy(() -> memory.inSession("s1", () -> ran.getAndSet(true)))
                    .isInstanceOfSatisfying(SessionBusyException.class, e -> {
                        assertThat(e.retriable()).isTrue();
                        assertThat(e.sessionId()).isEqualTo("s1");
                    })
                    .hasMessageContaining("nothing ran");
            assertThat(ran).isFalse();

            release.countDown();
            assertThat(holder.get(20, TimeUnit.SECONDS)).isTrue();
            assertThat(memory.inSession("s1", () -> "after")).isEqualTo("after");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void reentersASessionTheThreadAlreadyHoldsWithoutWaiting() {
        StoredConversationMemory memory = StoredConversationMemory.of(new InMemoryConversationStore(),
                HistoryPolicy.lastMessages(10), Duration.ZERO);

        String inner = memory.inSession("s1", () -> memory.inSession("s1", () -> "inner"));

        assertThat(inner).isEqualTo("inner");
    }

    @Test
    void rejectsANegativeSessionWait() {
        InMemoryConversationStore store = new InMemoryConversationStore();
        assertThatThrownBy(() -> StoredConversationMemory.of(store, HistoryPolicy.lastMessages(10), Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sessionWait");
    }

    @Test
    void failsATurnWhoseHistoryAnotherInstanceExtendedMeanwhile() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:praxis_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        StoredConversationMemory here = StoredConversationMemory.of(JdbcConversationStore.create(dataSource),
                HistoryPolicy.lastMessages(10));
        StoredConversationMemory elsewhere = StoredConversationMemory.of(JdbcConversationStore.create(dataSource),
                HistoryPolicy.lastMessages(10));
        here.append("s1", Messages.turn(0));

        assertThatThrownBy(() -> here.inSession("s1", () -> {
            here.history("s1");
            elsewhere.append("s1", Messages.turn(1));
            here.append("s1", Messages.turn(2));
            return null;
        })).isInstanceOf(VersionConflictException.class);

        assertThat(here.transcript("s1")).isEqualTo(HistoryPolicyTest.concat(Messages.turn(0), Messages.turn(1)));
        here.inSession("s1", () -> {
            here.history("s1");
            here.append("s1", Messages.turn(2));
            return null;
        });
        assertThat(elsewhere.history("s1")).hasSize(6);
    }

    @Test
    void appendsTwoTurnsInOneSessionCallAfterReadingOnce() {
        StoredConversationMemory memory = StoredConversationMemory.of(new InMemoryConversationStore(),
                HistoryPolicy.lastMessages(10));

        memory.inSession("s1", () -> {
            memory.history("s1");
            memory.append("s1", Messages.turn(1));
            memory.append("s1", Messages.turn(2));
            return null;
        });

        assertThat(memory.history("s1")).isEqualTo(HistoryPolicyTest.concat(Messages.turn(1), Messages.turn(2)));
    }

    @Test
    void keepsHistoryAndStateAcrossRestartsWithTheFileStore() {
        StateKey<String> cartId = StateKey.of("cart_id", String.class);
        try (FileConversationStore store = FileConversationStore.open(directory)) {
            StoredConversationMemory memory = StoredConversationMemory.of(store, HistoryPolicy.lastMessages(10));
            memory.append("s1", Messages.toolTurn(1));
            memory.state("s1").put(cartId, "c-42");
        }
        try (FileConversationStore store = FileConversationStore.open(directory)) {
            StoredConversationMemory memory = StoredConversationMemory.of(store, HistoryPolicy.lastMessages(10));

            assertThat(memory.history("s1")).isEqualTo(Messages.toolTurn(1));
            assertThat(memory.state("s1").get(cartId)).contains("c-42");
        }
    }

    @Test
    void clearForgetsHistoryAndState() {
        MessageWindowMemory memory = new MessageWindowMemory(10);
        memory.append("s1", Messages.turn(1));
        memory.state("s1").put(StateKey.of("account_id", String.class), "acc-1");

        memory.clear("s1");

        assertThat(memory.history("s1")).isEmpty();
        assertThat(memory.state("s1").get(StateKey.of("account_id", String.class))).isEmpty();
    }
}
