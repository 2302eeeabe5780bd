package dev.praxis.testing.contract;

import dev.praxis.records.JdbcRecordStore;
import dev.praxis.records.RecordStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shared-store contract on a database, plus the schema's start-up. Each test gets its own table prefix,
 * dropped afterwards.
 */
public abstract class JdbcRecordStoreContract extends SharedRecordStoreContract {

    private static final int STARTING_INSTANCES = 8;

    private String prefix;

    /**
     * The database, shared by every store instance of one test.
     *
     * @return the data source
     * @throws Exception when the database cannot be reached
     */
    protected abstract DataSource dataSource() throws Exception;

    private static String freshPrefix() {
        return "r" + UUID.randomUUID().toString().replace("-", "").substring(0, 12) + "_";
    }

    @Override
    protected RecordStore createStore() throws Exception {
        prefix = freshPrefix();
        return JdbcRecordStore.create(dataSource(), prefix, clock);
    }

    @Override
    protected RecordStore openAnother() throws Exception {
        return JdbcRecordStore.create(dataSource(), prefix, clock);
    }

    @Override
    protected void releaseStore() throws Exception {
        drop(prefix);
    }

    private void drop(String tablePrefix) throws Exception {
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + tablePrefix + "records");
        }
    }

    @Test
    void keepsADeletedRecordAsARowWithoutADocument() throws Exception {
        store.put("cart", "C1", doc("{\"n\":1}"), 0);
        store.delete("cart", "C1", 1);

        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement();
             var row = statement.executeQuery("SELECT version, doc, updated_at FROM " + prefix + "records"
                     + " WHERE kind = 'cart' AND id = 'C1'")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getLong(1)).isEqualTo(2);
            assertThat(row.getString(2)).isNull();
            assertThat(row.getLong(3)).isEqualTo(clock.millis());
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void createsTheTableWhenManyInstancesStartTogetherOnAnEmptyDatabase() throws Exception {
        String fresh = freshPrefix();
        DataSource dataSource = dataSource();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(STARTING_INSTANCES);
        try {
            List<Future<JdbcRecordStore>> instances = new ArrayList<>();
            for (int i = 0; i < STARTING_INSTANCES; i++) {
                instances.add(pool.submit(() -> {
                    start.await();
                    return JdbcRecordStore.create(dataSource, fresh);
                }));
            }
            start.countDown();
            long version = 0;
            for (Future<JdbcRecordStore> instance : instances) {
                version = instance.get(50, TimeUnit.SECONDS).put("cart", "C1", doc("{}"), version).version();
            }
            assertThat(JdbcRecordStore.create(dataSource, fresh).get("cart", "C1").orElseThrow().version())
                    .isEqualTo(STARTING_INSTANCES);
            assertThat(store.get("cart", "C1")).isEmpty();
        } finally {
            pool.shutdownNow();
            drop(fresh);
        }
    }

    @Test
    void rejectsATablePrefixThatIsNotAPlainIdentifier() throws Exception {
        DataSource dataSource = dataSource();
        assertThatThrownBy(() -> JdbcRecordStore.create(dataSource, "x; DROP TABLE y; --"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tablePrefix must match");
    }
}
