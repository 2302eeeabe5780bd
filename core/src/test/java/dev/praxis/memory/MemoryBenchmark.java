package dev.praxis.memory;

import dev.langchain4j.data.message.ChatMessage;
import dev.praxis.memory.store.ConversationStore;
import dev.praxis.memory.store.FileConversationStore;
import dev.praxis.memory.store.InMemoryConversationStore;
import dev.praxis.memory.store.JdbcConversationStore;
import dev.praxis.memory.store.Messages;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Benchmark, not a test: per store, the time to append a 1,000-message session as 250 tool-using turns (one
 * fsync'd transaction or record per turn), the time to load it back, and the heap retained per idle session.
 * JDBC stores run over a minimal connection pool, as in production. Prints a table. Run:
 * <pre>
 * mvn -B -ntp -pl core -am test-compile -Pmemory-benchmark
 * </pre>
 * (the profile binds {@code exec:java} in core only; a plain {@code exec:java} with {@code -am} would also run in
 * the parent module, which has no classes).
 * The PostgreSQL row appears when {@code PRAXIS_TEST_POSTGRES_URL} (or {@code -Dpraxis.test.postgres.url}) is set.
 */
public final class MemoryBenchmark {

    private static final int TURNS = 250;
    private static final int LOADS = 20;
    private static final int IDLE_SESSIONS = 2_000;

    private MemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Files.createTempDirectory("praxis-memory-bench");
        Map<String, Supplier<ConversationStore>> stores = new LinkedHashMap<>();
        stores.put("in-memory", InMemoryConversationStore::new);
        stores.put("file (fsync per turn)", () -> FileConversationStore.open(root.resolve("file-" + UUID.randomUUID())));
        stores.put("JDBC H2 (in-memory db)", () -> jdbc(h2()));
        stores.put("JDBC SQLite (file, WAL)", () -> jdbc(sqlite(root.resolve("sqlite-" + UUID.randomUUID() + ".db"))));
        String postgres = System.getProperty("praxis.test.postgres.url", System.getenv("PRAXIS_TEST_POSTGRES_URL"));
        if (postgres != null && postgres.startsWith("jdbc:postgresql:")) {
            stores.put("JDBC PostgreSQL (loopback)", () -> jdbc(postgres(postgres)));
        }
        System.out.printf("Java %s, %d cores, max heap %d MiB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("%-28s %16s %14s %14s %18s%n", "store", "append 1000 msg", "per turn", "load 1000 msg",
                "heap/idle session");
        for (Map.Entry<String, Supplier<ConversationStore>> entry : stores.entrySet()) {
            row(entry.getKey(), entry.getValue());
        }
        DROPS.forEach(Runnable::run);
        deleteRecursively(root);
    }

    private static void row(String name, Supplier<ConversationStore> factory) throws Exception {
        ConversationStore warmUp = factory.get();
        appendSession(warmUp, "warm-up");
        load(warmUp, "warm-up");
        close(warmUp);

        ConversationStore store = factory.get();
        long appendNanos = appendSession(store, "bench");
        long loadNanos = load(store, "bench");
        close(store);
        long heap = heapPerIdleSession(factory);
        System.out.printf("%-28s %13.1f ms %11.0f µs %11.2f ms %15d B%n", name, appendNanos / 1e6,
                appendNanos / 1e3 / TURNS, loadNanos / 1e6, heap);
    }

    private static long appendSession(ConversationStore store, String session) {
        long start = System.nanoTime();
        long version = 0;
        for (int turn = 0; turn < TURNS; turn++) {
            version = store.append(session, version, Messages.toolTurn(turn));
        }
        long elapsed = System.nanoTime() - start;
        if (version != TURNS * 4L) {
            throw new IllegalStateException("expected 1000 messages, got " + version);
        }
        return elapsed;
    }

    /** Median of {@link #LOADS} loads. */
    private static long load(ConversationStore store, String session) {
        long[] nanos = new long[LOADS];
        for (int i = 0; i < LOADS; i++) {
            long start = System.nanoTime();
            List<ChatMessage> messages = store.load(session).messages();
            nanos[i] = System.nanoTime() - start;
            if (messages.size() != TURNS * 4) {
                throw new IllegalStateException("expected 1000 messages, got " + messages.size());
            }
        }
        Arrays.sort(nanos);
        return nanos[LOADS / 2];
    }

    /** Heap retained by the store and a memory over it for sessions that hold one turn and are not in use. */
    private static long heapPerIdleSession(Supplier<ConversationStore> factory) throws Exception {
        ConversationStore store = factory.get();
        StoredConversationMemory memory = StoredConversationMemory.of(store, HistoryPolicy.lastMessages(20));
        long before = usedHeap();
        for (int i = 0; i < IDLE_SESSIONS; i++) {
            String session = "idle-" + i;
            memory.inSession(session, () -> {
                memory.history(session);
                memory.append(session, Messages.turn(1));
                return null;
            });
        }
        long after = usedHeap();
        if (memory.history("idle-0").size() != 2) {
            throw new IllegalStateException("idle session lost its turn");
        }
        close(store);
        return Math.max(0, (after - before) / IDLE_SESSIONS);
    }

    private static long usedHeap() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(50); // benchmark only: let the collector finish
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static ConversationStore jdbc(DataSource dataSource) {
        String prefix = "bench" + UUID.randomUUID().toString().replace("-", "").substring(0, 8) + "_";
        JdbcConversationStore store = JdbcConversationStore.create(new PooledDataSource(dataSource), prefix);
        DROPS.add(() -> drop(dataSource, prefix));
        return store;
    }

    private static final List<Runnable> DROPS = new ArrayList<>();

    private static void drop(DataSource dataSource, String prefix) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : List.of("messages", "state", "sessions")) {
                statement.execute("DROP TABLE IF EXISTS " + prefix + table);
            }
        } catch (Exception e) {
            System.err.println("could not drop " + prefix + " tables: " + e.getMessage());
        }
    }

    private static DataSource h2() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:bench_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return dataSource;
    }

    private static DataSource sqlite(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(30_000);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file);
        return dataSource;
    }

    private static DataSource postgres(String url) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        return dataSource;
    }

    private static void close(ConversationStore store) {
        if (store instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static void deleteRecursively(Path root) throws Exception {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
