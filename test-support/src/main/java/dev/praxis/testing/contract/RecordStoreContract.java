package dev.praxis.testing.contract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.praxis.json.PraxisJson;
import dev.praxis.records.RecordConflictException;
import dev.praxis.records.RecordStore;
import dev.praxis.records.StoredRecord;
import dev.praxis.testing.Counter;
import dev.praxis.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contract every {@link RecordStore} keeps: compare-and-set writes, conflicts that name both versions, versions
 * that keep growing across a delete, paging in id order, exact decimals, size and name limits, and no lost update
 * under concurrent {@code update}s. An implementation's test extends this class and says how to make a store.
 *
 * <p>It lives in core's tests because test-support builds before core (core's tests use it) and so cannot see
 * core's types; it is public so that a published test jar can carry it to implementers outside core.
 */
public abstract class RecordStoreContract {

    /** The clock every store of a test stamps its writes with. */
    protected final MutableClock clock = MutableClock.at("2025-03-01T10:00:00.123Z");

    /** The store under test, made by {@link #createStore()} before each test. */
    protected RecordStore store;

    /**
     * A new, empty store using {@link #clock}.
     *
     * @return the store
     * @throws Exception when the store cannot be created
     */
    protected abstract RecordStore createStore() throws Exception;

    /**
     * Releases what {@link #createStore} took (tables); nothing by default.
     *
     * @throws Exception when releasing fails
     */
    protected void releaseStore() throws Exception {
    }

    /**
     * Threads and increments per thread of the lost-update test.
     *
     * @return the number of threads
     */
    protected int threads() {
        return 8;
    }

    /**
     * Increments each thread makes in the lost-update test.
     *
     * @return the increments per thread
     */
    protected int incrementsPerThread() {
        return 200;
    }

    @BeforeEach
    void createTheStore() throws Exception {
        store = createStore();
    }

    @AfterEach
    void releaseTheStore() throws Exception {
        releaseStore();
    }

    /**
     * Parses a JSON object, for record documents.
     *
     * @param json the object as text
     * @return the parsed object
     */
    protected static ObjectNode doc(String json) {
        return (ObjectNode) PraxisJson.parse(json);
    }

    @Test
    void createsARecordAtVersionOneAndReadsItBack() {
        StoredRecord written = store.put("cart", "C1", doc("{\"lines\":[{\"sku\":\"A-1\",\"qty\":2}]}"), 0);

        assertThat(written.version()).isEqualTo(1);
        assertThat(written.updatedAt()).isEqualTo(Instant.parse("2025-03-01T10:00:00.123Z"));
        assertThat(store.get("cart", "C1")).get().usingRecursiveComparison().isEqualTo(written);
        assertThat(store.get("cart", "C1").orElseThrow().doc()).isEqualTo(doc("{\"lines\":[{\"sku\":\"A-1\",\"qty\":2}]}"));
        assertThat(store.get("cart", "C2")).isEmpty();
        assertThat(store.get("order", "C1")).isEmpty();
    }

    @Test
    void movesToTheNextVersionOnlyFromTheExpectedOne() {
        store.put("cart", "C1", doc("{\"n\":1}"), 0);
        clock.advance(Duration.ofSeconds(5));

        StoredRecord second = store.put("cart", "C1", doc("{\"n\":2}"), 1);

        assertThat(second.version()).isEqualTo(2);
        assertThat(second.updatedAt()).isEqualTo(Instant.parse("2025-03-01T10:00:05.123Z"));
        assertThat(store.get("cart", "C1").orElseThrow().doc()).isEqualTo(doc("{\"n\":2}"));
    }

    @Test
    void refusesAStaleWriteNamingBothVersionsAndKeepsTheNewerDocument() {
        store.put("cart", "C1", doc("{\"n\":1}"), 0);
        store.put("cart", "C1", doc("{\"n\":2}"), 1);

        assertThatThrownBy(() -> store.put("cart", "C1", doc("{\"n\":99}"), 1))
                .isInstanceOfSatisfying(RecordConflictException.class, e -> {
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.actualVersion()).isEqualTo(2);
                    assertThat(e.retriable()).isTrue();
                })
                .hasMessageContaining("cart 'C1' is at version 2, but the write expected at version 1");
        assertThat(store.get("cart", "C1").orElseThrow().doc()).isEqualTo(doc("{\"n\":2}"));
    }

    @Test
    void refusesToCreateARecordThatExists() {
        store.put("order", "O1", doc("{\"total\":\"10.00\"}"), 0);

        assertThatThrownBy(() -> store.put("order", "O1", doc("{\"total\":\"0.00\"}"), 0))
                .isInstanceOf(RecordConflictException.class)
                .hasMessageContaining("order 'O1' is at version 1, but the write expected absent (version 0)");
        assertThat(store.get("order", "O1").orElseThrow().doc()).isEqualTo(doc("{\"total\":\"10.00\"}"));
    }

    @Test
    void refusesToChangeARecordThatDoesNotExist() {
        assertThatThrownBy(() -> store.put("order", "O1", doc("{}"), 3))
                .isInstanceOfSatisfying(RecordConflictException.class,
                        e -> assertThat(e.actualVersion()).isZero())
                .hasMessageContaining("order 'O1' is absent (version 0), but the write expected at version 3");
        assertThat(store.get("order", "O1")).isEmpty();
    }

    @Test
    void deletesOnlyAtTheExpectedVersion() {
        store.put("cart", "C1", doc("{}"), 0);
        store.put("cart", "C1", doc("{\"n\":1}"), 1);

        assertThatThrownBy(() -> store.delete("cart", "C1", 1))
                .isInstanceOf(RecordConflictException.class)
                .hasMessageContaining("at version 2");
        assertThat(store.get("cart", "C1")).isPresent();

        assertThat(store.delete("cart", "C1", 2)).isTrue();
        assertThat(store.get("cart", "C1")).isEmpty();
        assertThat(store.delete("cart", "C1", 2)).isFalse();
        assertThat(store.delete("cart", "never", 0)).isFalse();
    }

    @Test
    void aVersionReadBeforeADeleteNeverMatchesTheRecordCreatedAgain() {
        store.put("cart", "C1", doc("{\"owner\":\"first\"}"), 0);
        long readBeforeDelete = store.get("cart", "C1").orElseThrow().version();
        store.delete("cart", "C1", readBeforeDelete);

        StoredRecord recreated = store.put("cart", "C1", doc("{\"owner\":\"second\"}"), 0);

        assertThat(recreated.version()).isGreaterThan(readBeforeDelete);
        assertThatThrownBy(() -> store.put("cart", "C1", doc("{\"owner\":\"stale\"}"), readBeforeDelete))
                .isInstanceOf(RecordConflictException.class);
        assertThat(store.get("cart", "C1").orElseThrow().doc()).isEqualTo(doc("{\"owner\":\"second\"}"));
    }

    @Test
    void listsOneKindInIdOrderPageByPage() {
        for (String id : List.of("b", "A", "a-2", "a", "B7", "a.1", "z_9", "0")) {
            store.put("cart", id, doc("{\"id\":\"" + id + "\"}"), 0);
        }
        store.put("order", "a", doc("{}"), 0);

        List<String> ids = new ArrayList<>();
        List<List<StoredRecord>> pages = new ArrayList<>();
        String after = "";
        for (List<StoredRecord> page = store.list("cart", after, 3); !page.isEmpty(); page = store.list("cart", after, 3)) {
            pages.add(page);
            page.forEach(r -> ids.add(r.id()));
            after = page.get(page.size() - 1).id();
        }

        assertThat(ids).containsExactly("0", "A", "B7", "a", "a-2", "a.1", "b", "z_9");
        assertThat(pages).extracting(List::size).containsExactly(3, 3, 2);
        assertThat(store.list("cart", "", 1).get(0).doc()).isEqualTo(doc("{\"id\":\"0\"}"));
        assertThat(store.list("refund", "", 10)).isEmpty();
    }

    @Test
    void leavesDeletedRecordsOutOfTheListing() {
        for (String id : List.of("r1", "r2", "r3", "r4")) {
            store.put("refund", id, doc("{}"), 0);
        }
        store.delete("refund", "r2", 1);
        store.delete("refund", "r3", 1);

        assertThat(store.list("refund", "", 2)).extracting(StoredRecord::id).containsExactly("r1", "r4");
        assertThat(store.list("refund", "r1", 10)).extracting(StoredRecord::id).containsExactly("r4");
    }

    @Test
    void keepsIdsThatDifferOnlyInCaseApart() {
        store.put("cart", "C1", doc("{\"upper\":true}"), 0);
        store.put("cart", "c1", doc("{\"upper\":false}"), 0);

        assertThat(store.get("cart", "C1").orElseThrow().doc()).isEqualTo(doc("{\"upper\":true}"));
        assertThat(store.get("cart", "c1").orElseThrow().doc()).isEqualTo(doc("{\"upper\":false}"));
        assertThat(store.list("cart", "", 10)).extracting(StoredRecord::id).containsExactly("C1", "c1");
    }

    @Test
    void keepsDecimalsExactly() {
        store.put("account", "paper", doc("{\"cash\":10.50,\"fee\":0.10,\"big\":12345678901234567890.000001}"), 0);

        ObjectNode read = store.get("account", "paper").orElseThrow().doc();

        assertThat(read.get("cash").decimalValue()).isEqualTo(new BigDecimal("10.50"));
        assertThat(read.get("cash").decimalValue().scale()).isEqualTo(2);
        assertThat(read.get("big").decimalValue()).isEqualTo(new BigDecimal("12345678901234567890.000001"));
        assertThat(PraxisJson.write(read)).contains("\"cash\":10.50");
    }

    @Test
    void changingAReturnedDocumentChangesNothingStored() {
        ObjectNode original = doc("{\"n\":1}");
        StoredRecord written = store.put("cart", "C1", original, 0);
        original.put("n", 2);
        written.doc().put("n", 3);
        store.get("cart", "C1").orElseThrow().doc().put("n", 4);

        assertThat(store.get("cart", "C1").orElseThrow().doc()).isEqualTo(doc("{\"n\":1}"));
    }

    @Test
    void updateReadsTheTypedDocumentAppliesTheChangeAndWritesIt() {
        store.put("counter", "k", PraxisJson.tree(new Counter(2, new BigDecimal("1.50"))), 0);

        Counter result = store.update("counter", "k", Counter.class, c -> c.plus("0.25"));

        assertThat(result).isEqualTo(new Counter(3, new BigDecimal("1.75")));
        StoredRecord stored = store.get("counter", "k").orElseThrow();
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.doc()).isEqualTo(doc("{\"count\":3,\"total\":1.75}"));
    }

    @Test
    void updateCreatesTheRecordFromTheInitialValueWhenAbsent() {
        Counter result = store.update("counter", "new", Counter.class, Counter::zero, c -> c.plus("2.00"));

        assertThat(result).isEqualTo(new Counter(1, new BigDecimal("2.00")));
        assertThat(store.get("counter", "new").orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void updateOfAMissingRecordWithoutAnInitialValueSaysHowToCreateIt() {
        assertThatThrownBy(() -> store.update("counter", "nope", Counter.class, c -> c.plus("1")))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("no counter 'nope' to update")
                .hasMessageContaining("put(\"counter\", \"nope\", doc, 0)");
        assertThat(store.get("counter", "nope")).isEmpty();
    }

    @Test
    void updateRefusesADocumentThatIsNotOfTheType() {
        store.put("counter", "k", doc("{\"count\":\"many\"}"), 0);

        assertThatThrownBy(() -> store.update("counter", "k", Counter.class, c -> c.plus("1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("counter 'k' at version 1 cannot be read as a Counter");
        assertThat(store.get("counter", "k").orElseThrow().version()).isEqualTo(1);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void concurrentUpdatesFromManyThreadsLoseNoIncrement() throws Exception {
        int threads = threads();
        int increments = incrementsPerThread();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < increments; i++) {
                        store.update("counter", "shared", Counter.class, Counter::zero, c -> c.plus("0.01"));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(100, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        int total = threads * increments;
        StoredRecord stored = store.get("counter", "shared").orElseThrow();
        assertThat(PraxisJson.mapper().treeToValue(stored.doc(), Counter.class))
                .isEqualTo(new Counter(total, new BigDecimal("0.00").add(new BigDecimal("0.01").multiply(BigDecimal.valueOf(total)))));
        assertThat(stored.version()).isEqualTo(total);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void exactlyOneOfManyConcurrentCreatorsWins() throws Exception {
        int threads = threads();
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger won = new AtomicInteger();
        AtomicInteger conflicted = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    try {
                        store.put("order", "O1", doc("{\"by\":" + thread + "}"), 0);
                        won.incrementAndGet();
                    } catch (RecordConflictException e) {
                        conflicted.incrementAndGet();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(50, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(won).hasValue(1);
        assertThat(conflicted).hasValue(threads - 1);
        assertThat(store.get("order", "O1").orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void refusesADocumentOverTheSizeLimitAndKeepsTheStoredOne() {
        store.put("cart", "C1", doc("{\"n\":1}"), 0);
        ObjectNode huge = doc("{}");
        huge.put("blob", "x".repeat(RecordStore.MAX_DOCUMENT_BYTES));

        assertThatThrownBy(() -> store.put("cart", "C1", huge, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the document of cart 'C1' is " + (RecordStore.MAX_DOCUMENT_BYTES + 11) + " bytes")
                .hasMessageContaining("over the limit of 1048576 bytes; nothing was written");
        assertThat(store.get("cart", "C1").orElseThrow().doc()).isEqualTo(doc("{\"n\":1}"));
    }

    @Test
    void acceptsADocumentOfExactlyTheSizeLimit() {
        ObjectNode largest = doc("{}");
        largest.put("blob", "x".repeat(RecordStore.MAX_DOCUMENT_BYTES - 11));

        assertThat(store.put("cart", "C1", largest, 0).doc()).isEqualTo(largest);
    }

    @Test
    void refusesADocumentThatIsNotAnObject() {
        assertThatThrownBy(() -> store.put("cart", "C1", PraxisJson.parse("[1,2]"), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the document of cart 'C1' must be a JSON object, got array");
        assertThat(store.get("cart", "C1")).isEmpty();
    }

    @Test
    void refusesMalformedKindsNamingTheRule() {
        for (String kind : List.of("", "Cart", "1cart", "cart/../x", "k".repeat(64), "cart ")) {
            assertThatThrownBy(() -> store.put(kind, "C1", doc("{}"), 0))
                    .as(kind)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("kind must match [a-z][a-z0-9_]{0,62}");
            assertThatThrownBy(() -> store.get(kind, "C1")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void refusesMalformedIdsNamingTheRule() {
        for (String id : List.of("", ".", "..", "../etc", "a/b", "a b", "-x", "é", "i".repeat(101), "C1\n")) {
            assertThatThrownBy(() -> store.put("cart", id, doc("{}"), 0))
                    .as(id)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("id must match");
            assertThatThrownBy(() -> store.delete("cart", id, 1)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(store.put("cart", "i".repeat(100), doc("{}"), 0).version()).isEqualTo(1);
        assertThat(store.list("cart", "", 10)).hasSize(1);
    }

    @Test
    void refusesANegativeVersionAndAPageLimitOutOfRange() {
        assertThatThrownBy(() -> store.put("cart", "C1", doc("{}"), -1))
                .hasMessageContaining("expectedVersion must be >= 0 (0: the record must not exist), got -1");
        assertThatThrownBy(() -> store.list("cart", "", 0)).hasMessageContaining("limit must be 1..1000, got 0");
        assertThatThrownBy(() -> store.list("cart", "", 1001)).hasMessageContaining("limit must be 1..1000, got 1001");
        assertThatThrownBy(() -> store.list("cart", "../x", 10)).hasMessageContaining("id must match");
    }
}
