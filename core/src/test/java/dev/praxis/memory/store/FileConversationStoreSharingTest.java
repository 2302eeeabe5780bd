package dev.praxis.memory.store;

import dev.praxis.memory.HistoryPolicy;
import dev.praxis.memory.StoredConversationMemory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two {@link FileConversationStore} instances on one directory, standing in for two processes: they share no
 * memory (each keeps its own view of every log), only the files and their locks.
 */
@SuppressWarnings("try") // a lease is held for the scope of its try block, unreferenced inside
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FileConversationStoreSharingTest {

    @TempDir
    Path directory;

    private FileConversationStore first;
    private FileConversationStore second;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);

    @BeforeEach
    void openTwoStores() {
        first = FileConversationStore.open(directory);
        second = FileConversationStore.open(directory);
    }

    @AfterEach
    void closeStores() {
        threads.shutdownNow();
        first.close();
        second.close();
    }

    @Test
    void turnsThroughTwoStoresOnOneSessionKeepEveryMessage() throws Exception {
        List<StoredConversationMemory> memories = List.of(
                StoredConversationMemory.of(first, HistoryPolicy.lastMessages(10)),
                StoredConversationMemory.of(second, HistoryPolicy.lastMessages(10)));
        int writers = 8;
        int turns = 25;
        Messages.leasedTurns(memories, writers, turns, 50);

        StoredTurns.assertAllKept(first.load("shared").messages(), writers, turns);
        assertThat(second.version("shared")).isEqualTo(2L * writers * turns);
    }

    @Test
    void appendsOutsideAnyTurnThroughTwoStoresAreAllKept() throws Exception {
        int writers = 4;
        int turns = 30;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            FileConversationStore store = w % 2 == 0 ? first : second;
            done.add(threads.submit(() -> {
                start.await();
                for (int k = 0; k < turns; k++) {
                    appendAtTheEnd(store, Messages.turn(writer * 1000 + k));
                    store.putState("shared", "writer-" + writer, Integer.toString(k));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(50, TimeUnit.SECONDS);
        }

        StoredTurns.assertAllKept(second.load("shared").messages(), writers, turns);
        assertThat(first.state("shared")).containsEntry("writer-0", "29").containsEntry("writer-3", "29");
    }

    @Test
    void aSessionLeasedThroughOneStoreIsBusyForTheOtherAndForItself() {
        try (SessionLease held = first.lease("s1", Duration.ZERO)) {
            assertThatThrownBy(() -> second.lease("s1", Duration.ofMillis(50)))
                    .isInstanceOf(SessionBusyException.class)
                    .hasMessageContaining("session 's1' is busy");
            assertThatThrownBy(() -> first.lease("s1", Duration.ZERO)).isInstanceOf(SessionBusyException.class);
            try (SessionLease other = second.lease("s2", Duration.ZERO)) {
                assertThat(second.append("s2", 0, Messages.turn(1))).isEqualTo(2);
            }
        }
        try (SessionLease free = second.lease("s1", Duration.ZERO)) {
            assertThat(second.version("s1")).isZero();
        }
    }

    @Test
    void aWaitingLeaseGetsTheSessionOnceReleasedAndSeesWhatTheHolderAppended() throws Exception {
        SessionLease held = first.lease("s1", Duration.ZERO);
        CountDownLatch waiting = new CountDownLatch(1);
        Future<Long> next = threads.submit(() -> {
            waiting.countDown();
            try (SessionLease lease = second.lease("s1", Duration.ofSeconds(30))) {
                StoredConversation c = second.load("s1");
                return second.append("s1", c.version(), Messages.turn(2));
            }
        });
        waiting.await();
        first.append("s1", 0, Messages.turn(1));
        held.close();

        assertThat(next.get(30, TimeUnit.SECONDS)).isEqualTo(4);
        assertThat(StoredTurns.numbers(first.load("s1").messages())).containsExactly(1, 2);
    }

    @Test
    void anInterruptStopsAWaitingLeaseWithSessionBusy() throws Exception {
        try (SessionLease held = first.lease("s1", Duration.ZERO)) {
            Future<SessionLease> waiter = threads.submit(() -> {
                Thread.currentThread().interrupt();
                return second.lease("s1", Duration.ofSeconds(30));
            });

            assertThat(waiter).failsWithin(Duration.ofSeconds(20)).withThrowableOfType(java.util.concurrent.ExecutionException.class)
                    .havingCause().isInstanceOf(SessionBusyException.class)
                    .withCauseInstanceOf(InterruptedException.class);
        }
    }

    @Test
    void seesStateCompactionAndDeletionDoneThroughTheOtherStore() {
        long v = first.append("s1", 0, Messages.turn(1));
        assertThat(second.load("s1").messages()).isEqualTo(Messages.turn(1));
        second.putState("s1", "cart", "\"c-1\"");
        assertThat(first.state("s1")).containsEntry("cart", "\"c-1\"");

        first.compact("s1");
        assertThat(second.append("s1", v, Messages.turn(2))).isEqualTo(4);
        assertThat(StoredTurns.numbers(first.load("s1").messages())).containsExactly(1, 2);

        second.delete("s1");
        assertThat(first.version("s1")).isZero();
        assertThat(first.state("s1")).isEmpty();
        assertThatThrownBy(() -> first.append("s1", 4, Messages.turn(3))).isInstanceOf(VersionConflictException.class);
        assertThat(first.append("s1", 0, Messages.turn(3))).isEqualTo(2);
        assertThat(StoredTurns.numbers(second.load("s1").messages())).containsExactly(3);
    }

    @Test
    void leavesACompactionsTemporaryFileAloneWhileItsSessionIsInUse() throws Exception {
        first.append("s1", 0, Messages.turn(1));
        Path log = logFile();
        String stem = log.getFileName().toString().replace(".log", "");
        Path temp = directory.resolve(stem + ".log.tmp");
        Files.write(temp, new byte[] {1, 2, 3});

        try (LockFiles.Held inUse = LockFiles.take(directory.resolve(stem + ".lock"), LockFiles.Range.LOG,
                Duration.ZERO).orElseThrow()) {
            FileConversationStore.open(directory).close();
            assertThat(temp).exists();
        }
        FileConversationStore.open(directory).close();
        assertThat(temp).doesNotExist();
        assertThat(second.load("s1").messages()).isEqualTo(Messages.turn(1));
    }

    private static void appendAtTheEnd(FileConversationStore store, List<dev.langchain4j.data.message.ChatMessage> turn) {
        while (true) {
            try {
                store.append("shared", store.version("shared"), turn);
                return;
            } catch (VersionConflictException e) {
                // Another writer appended between version() and append(): read the new end and try again.
            }
        }
    }

    private Path logFile() throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.toString().endsWith(".log")).findFirst().orElseThrow();
        }
    }
}
