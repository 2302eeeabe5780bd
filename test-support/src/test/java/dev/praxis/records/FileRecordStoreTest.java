package dev.praxis.records;

import dev.praxis.memory.store.StoreException;
import dev.praxis.testing.contract.SharedRecordStoreContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contract on a directory, plus what a crash or damage can leave there: a torn temporary file from a writer
 * that died before its rename, and a record file cut short (as a file system without atomic rename, or a copy,
 * could leave it).
 */
class FileRecordStoreTest extends SharedRecordStoreContract {

    @TempDir
    Path directory;

    @Override
    protected RecordStore createStore() {
        return FileRecordStore.open(directory, clock);
    }

    @Override
    protected RecordStore openAnother() {
        return FileRecordStore.open(directory, clock);
    }

    @Test
    void keepsOneFilePerRecordUnderItsKindWithTheVersionInside() throws Exception {
        store.put("cart", "C1", doc("{\"n\":1}"), 0);
        store.put("cart", "C1", doc("{\"n\":2}"), 1);

        Path file = directory.resolve("cart").resolve("^c1.json");
        assertThat(Files.readString(file)).isEqualTo("{\"kind\":\"cart\",\"id\":\"C1\",\"version\":2,"
                + "\"updated_at\":\"2025-03-01T10:00:00.123Z\",\"doc\":{\"n\":2}}\n");
        try (var files = Files.list(directory.resolve("cart"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("^c1.json", ".^c1.lock");
        }
    }

    @Test
    void aTornTemporaryFileNeverReplacesTheRecordAndTheNextWriteOverwritesIt() throws Exception {
        store.put("cart", "C1", doc("{\"n\":1}"), 0);
        Path torn = directory.resolve("cart").resolve(".^c1.tmp");
        Files.writeString(torn, "{\"kind\":\"cart\",\"id\":\"C1\",\"version\":2,\"doc\":{\"n\"", StandardCharsets.UTF_8);

        RecordStore restarted = FileRecordStore.open(directory, clock);
        assertThat(restarted.get("cart", "C1").orElseThrow().doc()).isEqualTo(doc("{\"n\":1}"));
        assertThat(restarted.list("cart", "", 10)).extracting(StoredRecord::id).containsExactly("C1");

        assertThat(restarted.put("cart", "C1", doc("{\"n\":2}"), 1).version()).isEqualTo(2);
        assertThat(torn).doesNotExist();
        assertThat(restarted.get("cart", "C1").orElseThrow().doc()).isEqualTo(doc("{\"n\":2}"));
    }

    @Test
    void refusesARecordFileCutShortInsteadOfTreatingItAsAbsent() throws Exception {
        store.put("order", "O1", doc("{\"total\":10.00}"), 0);
        Path file = directory.resolve("order").resolve("^o1.json");
        String whole = Files.readString(file);
        Files.writeString(file, whole.substring(0, whole.length() / 2));

        assertThatThrownBy(() -> store.get("order", "O1"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("corrupt record file " + file)
                .hasMessageContaining("it was left as is");
        assertThatThrownBy(() -> store.put("order", "O1", doc("{}"), 0)).isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> store.delete("order", "O1", 1)).isInstanceOf(StoreException.class);
        assertThat(Files.readString(file)).isEqualTo(whole.substring(0, whole.length() / 2));
    }

    @Test
    void refusesARecordFileThatHoldsAnotherRecord() throws Exception {
        store.put("order", "O1", doc("{}"), 0);
        Files.copy(directory.resolve("order").resolve("^o1.json"), directory.resolve("order").resolve("^o2.json"));

        assertThatThrownBy(() -> store.get("order", "O2"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("not the record file of order 'O2'");
    }

    @Test
    void ignoresFilesThatAreNotRecords() throws Exception {
        store.put("cart", "C1", doc("{}"), 0);
        Files.writeString(directory.resolve("cart").resolve("notes.txt"), "hello");
        Files.writeString(directory.resolve("cart").resolve("bad name.json"), "{}");

        assertThat(store.list("cart", "", 10)).extracting(StoredRecord::id).containsExactly("C1");
    }
}
