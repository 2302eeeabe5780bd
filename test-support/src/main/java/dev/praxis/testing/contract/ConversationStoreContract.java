package dev.praxis.testing.contract;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.praxis.memory.store.ConversationStore;
import dev.praxis.memory.store.StoredConversation;
import dev.praxis.memory.store.VersionConflictException;
import dev.praxis.testing.SampleTurns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The behaviour every {@link ConversationStore} must have. Subclasses create a fresh, empty store per test and
 * release it afterwards.
 */
public abstract class ConversationStoreContract {

    /** The store under test, made by {@link #createStore()} before each test. */
    protected ConversationStore store;

    /**
     * A fresh, empty store.
     *
     * @return the store
     * @throws Exception when the store cannot be created
     */
    protected abstract ConversationStore createStore() throws Exception;

    /**
     * Releases what {@link #createStore()} made (files, tables).
     *
     * @throws Exception when releasing fails
     */
    protected void releaseStore() throws Exception {
    }

    @BeforeEach
    void setUpStore() throws Exception {
        store = createStore();
    }

    @AfterEach
    void tearDownStore() throws Exception {
        releaseStore();
    }

    @Test
    void unknownSessionLoadsEmptyAtVersionZero() {
        assertThat(store.load("nobody")).usingRecursiveComparison().isEqualTo(StoredConversation.empty());
        assertThat(store.version("nobody")).isZero();
        assertThat(store.state("nobody")).isEmpty();
    }

    @Test
    void returnsAppendedMessagesOfEveryKindInOrder() {
        List<ChatMessage> first = new ArrayList<>(List.of(SystemMessage.from("be brief")));
        first.addAll(SampleTurns.toolTurn(1));
        long v1 = store.append("s1", 0, first);
        long v2 = store.append("s1", v1, SampleTurns.turn(2));

        StoredConversation loaded = store.load("s1");

        List<ChatMessage> expected = new ArrayList<>(first);
        expected.addAll(SampleTurns.turn(2));
        assertThat(v1).isEqualTo(5);
        assertThat(v2).isEqualTo(7);
        assertThat(loaded.version()).isEqualTo(7);
        assertThat(store.version("s1")).isEqualTo(7);
        assertThat(loaded.messages()).isEqualTo(expected);
    }

    @Test
    void aLoadedConversationStaysAsItWasWhileTheSessionGrowsAndIsDeleted() {
        long v1 = store.append("s1", 0, SampleTurns.turn(1));
        StoredConversation before = store.load("s1");
        List<ChatMessage> window = before.messages().subList(1, before.messages().size());

        for (int turn = 2; turn <= 40; turn++) {
            v1 = store.append("s1", v1, SampleTurns.turn(turn));
        }
        store.delete("s1");
        store.append("s1", 0, SampleTurns.turn(99));

        assertThat(before.messages()).isEqualTo(SampleTurns.turn(1));
        assertThat(before.version()).isEqualTo(SampleTurns.turn(1).size());
        assertThat(window).isEqualTo(SampleTurns.turn(1).subList(1, SampleTurns.turn(1).size()));
        assertThatThrownBy(() -> before.messages().add(UserMessage.from("x")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(store.load("s1").messages()).isEqualTo(SampleTurns.turn(99));
    }

    @Test
    void rejectsStaleVersionAndWritesNothing() {
        store.append("s1", 0, SampleTurns.turn(1));

        assertThatThrownBy(() -> store.append("s1", 0, SampleTurns.turn(99)))
                .isInstanceOf(VersionConflictException.class)
                .hasMessageContaining("expected version 0")
                .matches(e -> ((VersionConflictException) e).retriable());
        assertThatThrownBy(() -> store.append("s1", 5, SampleTurns.turn(99)))
                .isInstanceOf(VersionConflictException.class);
        assertThat(store.load("s1").messages()).isEqualTo(SampleTurns.turn(1));
    }

    @Test
    void emptyAppendKeepsTheVersion() {
        long v = store.append("s1", 0, SampleTurns.turn(1));

        assertThat(store.append("s1", v, List.of())).isEqualTo(v);
        assertThat(store.load("s1").messages()).hasSize(2);
    }

    @Test
    void keepsStateBesideMessagesWithoutChangingTheVersion() {
        store.append("s1", 0, SampleTurns.turn(1));
        store.putState("s1", "cart_id", "\"c-1\"");
        store.putState("s1", "cart_id", "\"c-2\"");
        store.putState("s1", "account_id", "42");
        store.removeState("s1", "account_id");
        store.removeState("s1", "never_set");

        assertThat(store.state("s1")).isEqualTo(Map.of("cart_id", "\"c-2\""));
        assertThat(store.load("s1").state()).isEqualTo(Map.of("cart_id", "\"c-2\""));
        assertThat(store.version("s1")).isEqualTo(2);
    }

    @Test
    void keepsStateOfSessionWithoutMessages() {
        store.putState("s1", "account_id", "\"acc-7\"");

        assertThat(store.load("s1").state()).containsEntry("account_id", "\"acc-7\"");
        assertThat(store.version("s1")).isZero();
        assertThat(store.append("s1", 0, SampleTurns.turn(1))).isEqualTo(2);
    }

    @Test
    void deleteRemovesMessagesAndStateAndResetsTheVersion() {
        store.append("s1", 0, SampleTurns.turn(1));
        store.putState("s1", "cart_id", "\"c-1\"");

        store.delete("s1");

        assertThat(store.load("s1")).usingRecursiveComparison().isEqualTo(StoredConversation.empty());
        assertThat(store.sessions()).doesNotContain("s1");
        assertThat(store.append("s1", 0, SampleTurns.turn(2))).isEqualTo(2);
        assertThat(store.load("s1").messages()).isEqualTo(SampleTurns.turn(2));
    }

    @Test
    void keepsSessionsApart() {
        store.append("alice", 0, SampleTurns.turn(1));
        store.append("bob", 0, SampleTurns.turn(2));
        store.putState("bob", "cart_id", "\"c-b\"");

        assertThat(store.load("alice").messages()).isEqualTo(SampleTurns.turn(1));
        assertThat(store.load("alice").state()).isEmpty();
        assertThat(store.load("bob").messages()).isEqualTo(SampleTurns.turn(2));
        assertThat(store.sessions()).containsExactlyInAnyOrder("alice", "bob");
    }

    @Test
    void acceptsUnicodeAndMaximumLengthSessionIds() {
        String longId = "ü".repeat(255);
        String odd = "user/../../etc passwd:ß€";
        store.append(longId, 0, SampleTurns.turn(1));
        store.append(odd, 0, SampleTurns.turn(2));

        assertThat(store.load(longId).messages()).isEqualTo(SampleTurns.turn(1));
        assertThat(store.load(odd).messages()).isEqualTo(SampleTurns.turn(2));
        assertThat(store.sessions()).containsExactlyInAnyOrder(longId, odd);
    }

    @Test
    void keepsMessageTextExactly() {
        String text = "line1\nline2 \"quoted\" \\ tab\t emoji \uD83D\uDE00 " + "x".repeat(20_000);
        store.append("s1", 0, List.of(UserMessage.from(text)));

        assertThat(store.load("s1").messages()).containsExactly(UserMessage.from(text));
    }

    @Test
    void rejectsBadArgumentsNamingThem() {
        assertThatThrownBy(() -> store.load(" ")).hasMessageContaining("sessionId");
        assertThatThrownBy(() -> store.append("s1", -1, SampleTurns.turn(1))).hasMessageContaining("expectedVersion");
        assertThatThrownBy(() -> store.load("x".repeat(256))).hasMessageContaining("sessionId");
        assertThatThrownBy(() -> store.putState("s1", "", "1")).hasMessageContaining("state key");
    }

    @Test
    void letsExactlyOneOfConcurrentWritersAtTheSameVersionWin() throws Exception {
        long version = store.append("s1", 0, SampleTurns.turn(0));
        int writers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int w = 1; w <= writers; w++) {
                int n = w;
                Callable<Boolean> write = () -> {
                    start.await();
                    try {
                        store.append("s1", version, SampleTurns.turn(n));
                        return true;
                    } catch (VersionConflictException e) {
                        return false;
                    }
                };
                results.add(pool.submit(write));
            }
            start.countDown();
            int winners = 0;
            for (Future<Boolean> result : results) {
                winners += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
            assertThat(store.load("s1").messages()).hasSize(4);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void acceptsConcurrentWritersOfTheSameNewStateKey() throws Exception {
        int writers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String value = Integer.toString(w);
                results.add(pool.submit(() -> {
                    start.await();
                    store.putState("s1", "cart_id", value);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> result : results) {
                result.get(60, TimeUnit.SECONDS);
            }
            assertThat(store.state("s1")).containsOnlyKeys("cart_id");
            assertThat(Integer.parseInt(store.state("s1").get("cart_id"))).isBetween(0, writers - 1);
        } finally {
            pool.shutdownNow();
        }
    }
}
