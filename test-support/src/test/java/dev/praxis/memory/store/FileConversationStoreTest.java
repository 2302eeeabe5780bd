package dev.praxis.memory.store;

import dev.praxis.testing.SampleTurns;
import dev.praxis.testing.contract.ConversationStoreContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileConversationStoreTest extends ConversationStoreContract {

    @TempDir
    Path directory;

    @Override
    protected ConversationStore createStore() {
        return FileConversationStore.open(directory);
    }

    @Override
    protected void releaseStore() {
        ((FileConversationStore) store).close();
    }

    private FileConversationStore reopen() {
        ((FileConversationStore) store).close();
        store = FileConversationStore.open(directory);
        return (FileConversationStore) store;
    }

    private Path onlyLogFile() throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.toString().endsWith(".log")).findFirst().orElseThrow();
        }
    }

    @Test
    void keepsEverythingAcrossReopening() {
        store.append("s1", 0, SampleTurns.toolTurn(1));
        store.putState("s1", "cart_id", "\"c-1\"");

        FileConversationStore reopened = reopen();

        assertThat(reopened.load("s1").messages()).isEqualTo(SampleTurns.toolTurn(1));
        assertThat(reopened.load("s1").state()).containsEntry("cart_id", "\"c-1\"");
        assertThat(reopened.sessions()).containsExactly("s1");
    }

    @Test
    void dropsATornTailAndAppendsAfterTheLastGoodRecord() throws Exception {
        long v = store.append("s1", 0, SampleTurns.turn(1));
        store.append("s1", v, SampleTurns.turn(2));
        Path log = onlyLogFile();
        long goodSize = Files.size(log);
        store.append("s1", 4, SampleTurns.turn(3));
        try (FileChannel channel = FileChannel.open(log, StandardOpenOption.WRITE)) {
            channel.truncate(goodSize + 11);
        }

        FileConversationStore reopened = reopen();

        assertThat(reopened.load("s1").version()).isEqualTo(4);
        assertThat(Files.size(log)).isEqualTo(goodSize);
        assertThat(reopened.append("s1", 4, SampleTurns.turn(3))).isEqualTo(6);
        assertThat(reopen().load("s1").messages().subList(4, 6)).isEqualTo(SampleTurns.turn(3));
    }

    @Test
    void dropsARecordWhoseChecksumDoesNotMatch() throws Exception {
        store.append("s1", 0, SampleTurns.turn(1));
        Path log = onlyLogFile();
        long goodSize = Files.size(log);
        store.append("s1", 2, SampleTurns.turn(2));
        try (FileChannel channel = FileChannel.open(log, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(new byte[] {'X'}), goodSize + 20);
        }

        assertThat(reopen().load("s1").messages()).isEqualTo(SampleTurns.turn(1));
    }

    @Test
    void compactsAtomicallyKeepingMessagesAndLatestState() throws Exception {
        long v = 0;
        for (int i = 0; i < 10; i++) {
            v = store.append("s1", v, SampleTurns.turn(i));
            store.putState("s1", "counter", Integer.toString(i));
        }
        long before = Files.size(onlyLogFile());

        ((FileConversationStore) store).compact("s1");

        assertThat(Files.size(onlyLogFile())).isLessThan(before);
        StoredConversation reloaded = reopen().load("s1");
        assertThat(reloaded.version()).isEqualTo(20);
        assertThat(reloaded.messages().subList(18, 20)).isEqualTo(SampleTurns.turn(9));
        assertThat(reloaded.state()).containsEntry("counter", "9");
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.filter(f -> f.toString().endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void compactsByItselfWhenStateUpdatesPileUp() throws Exception {
        store.append("s1", 0, SampleTurns.turn(1));
        for (int i = 0; i < 1_000; i++) {
            store.putState("s1", "step", Integer.toString(i));
        }

        assertThat(Files.size(onlyLogFile())).isLessThan(300 * 40);
        assertThat(reopen().load("s1").state()).containsEntry("step", "999");
    }

    @Test
    void removesLeftoversOfAnInterruptedCompaction() throws Exception {
        store.append("s1", 0, SampleTurns.turn(1));
        Path leftover = directory.resolve(onlyLogFile().getFileName() + ".tmp");
        Files.write(leftover, new byte[] {1, 2, 3});

        FileConversationStore reopened = reopen();

        assertThat(leftover).doesNotExist();
        assertThat(reopened.load("s1").messages()).isEqualTo(SampleTurns.turn(1));
    }

    @Test
    void opensASecondStoreOnTheSameDirectoryAndSharesItsSessions() {
        store.append("s1", 0, SampleTurns.turn(1));

        try (FileConversationStore second = FileConversationStore.open(directory)) {
            assertThat(second.load("s1").messages()).isEqualTo(SampleTurns.turn(1));
        }
    }

    @Test
    void refusesUseAfterClose() {
        ((FileConversationStore) store).close();

        assertThatThrownBy(() -> store.load("s1")).hasMessageContaining("closed");
        store = FileConversationStore.open(directory);
        assertThat(store.sessions()).isEqualTo(List.of());
    }
}
