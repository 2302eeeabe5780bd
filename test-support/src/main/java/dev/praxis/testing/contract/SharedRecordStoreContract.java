package dev.praxis.testing.contract;

import dev.praxis.records.RecordConflictException;
import dev.praxis.records.RecordStore;
import dev.praxis.records.StoredRecord;
import dev.praxis.testing.Counter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contract plus what a durable, shared store adds: a second instance over the same directory or database (what
 * another process, or this one after a restart, sees) reads the first one's writes, and writers in two instances
 * never overwrite each other.
 */
public abstract class SharedRecordStoreContract extends RecordStoreContract {

    private static final int THREADS_PER_INSTANCE = 4;
    private static final int INCREMENTS_PER_THREAD = 50;

    /**
     * Another store instance over the same data as {@link #store}, as a second process would open it.
     *
     * @return the second store instance
     * @throws Exception when it cannot be opened
     */
    protected abstract RecordStore openAnother() throws Exception;

    @Test
    void secondInstanceSeesTheFirstInstancesWrites() throws Exception {
        store.put("cart", "C1", doc("{\"lines\":[{\"sku\":\"A-1\",\"price\":19.90}]}"), 0);
        store.update("counter", "k", Counter.class, Counter::zero, c -> c.plus("0.10"));
        store.put("order", "O1", doc("{}"), 0);
        store.delete("order", "O1", 1);

        RecordStore other = openAnother();

        assertThat(other.get("cart", "C1")).get().usingRecursiveComparison().isEqualTo(store.get("cart", "C1").orElseThrow());
        assertThat(other.get("counter", "k").orElseThrow().doc()).isEqualTo(doc("{\"count\":1,\"total\":0.10}"));
        assertThat(other.get("order", "O1")).isEmpty();
        assertThat(other.list("cart", "", 10)).extracting(StoredRecord::id).containsExactly("C1");
        assertThat(other.put("order", "O1", doc("{}"), 0).version()).isEqualTo(3);
    }

    @Test
    void secondInstanceRefusesAWriteBasedOnAVersionTheFirstHasMovedOn() throws Exception {
        RecordStore other = openAnother();
        store.put("cart", "C1", doc("{\"n\":0}"), 0);
        long readByOther = other.get("cart", "C1").orElseThrow().version();

        store.put("cart", "C1", doc("{\"n\":1}"), readByOther);

        assertThatThrownBy(() -> other.put("cart", "C1", doc("{\"n\":-1}"), readByOther))
                .isInstanceOf(RecordConflictException.class)
                .hasMessageContaining("at version 2");
        assertThatThrownBy(() -> other.put("cart", "C1", doc("{}"), 0)).isInstanceOf(RecordConflictException.class);
        assertThat(other.get("cart", "C1").orElseThrow().doc()).isEqualTo(doc("{\"n\":1}"));
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void updatesFromTwoInstancesAtOnceLoseNoIncrement() throws Exception {
        List<RecordStore> instances = List.of(store, openAnother());
        int writers = instances.size() * THREADS_PER_INSTANCE;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < writers; t++) {
                RecordStore instance = instances.get(t % instances.size());
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < INCREMENTS_PER_THREAD; i++) {
                        instance.update("counter", "shared", Counter.class, Counter::zero, c -> c.plus("1"));
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
        long total = (long) writers * INCREMENTS_PER_THREAD;
        assertThat(store.get("counter", "shared").orElseThrow().doc().get("count").asLong()).isEqualTo(total);
        assertThat(openAnother().get("counter", "shared").orElseThrow().doc().get("total").decimalValue())
                .isEqualByComparingTo(BigDecimal.valueOf(total));
    }
}
