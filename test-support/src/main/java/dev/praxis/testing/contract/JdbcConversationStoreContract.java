package dev.praxis.testing.contract;

import dev.praxis.memory.store.ConversationStore;
import dev.praxis.memory.store.JdbcConversationStore;
import dev.praxis.memory.store.VersionConflictException;
import dev.praxis.testing.SampleTurns;
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
 * The store contract plus what only a shared database has: several store instances (several application
 * processes) writing the same session. Each test gets its own table prefix, dropped afterwards.
 */
public abstract class JdbcConversationStoreContract extends ConversationStoreContract {

    private static final int STARTING_INSTANCES = 8;

    private String prefix;

    /**
     * The table prefix of this test's {@link #store}, for more instances on the same tables.
     *
     * @return the table prefix
     */
    protected String prefix() {
        return prefix;
    }

    /**
     * The database, shared by every store instance of one test.
     *
     * @return the data source
     * @throws Exception when the database cannot be reached
     */
    protected abstract DataSource dataSource() throws Exception;

    @Override
    protected ConversationStore createStore() throws Exception {
        prefix = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12) + "_";
        return JdbcConversationStore.create(dataSource(), prefix);
    }

    @Override
    protected void releaseStore() throws Exception {
        drop(prefix);
    }

    private void drop(String tablePrefix) throws Exception {
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
            for (String table : List.of("sessions", "messages", "state")) {
                statement.execute("DROP TABLE IF EXISTS " + tablePrefix + table);
            }
        }
    }

    @Test
    void secondInstanceOnTheSameTablesSeesTheFirstInstancesWrites() throws Exception {
        store.append("s1", 0, SampleTurns.toolTurn(1));
        store.putState("s1", "cart_id", "\"c-1\"");

        JdbcConversationStore other = JdbcConversationStore.create(dataSource(), prefix);

        assertThat(other.load("s1").messages()).isEqualTo(SampleTurns.toolTurn(1));
        assertThat(other.state("s1")).containsEntry("cart_id", "\"c-1\"");
    }

    @Test
    void detectsAConcurrentWriterInAnotherInstanceSoNoUpdateIsLost() throws Exception {
        JdbcConversationStore other = JdbcConversationStore.create(dataSource(), prefix);
        store.append("s1", 0, SampleTurns.turn(0));
        long readByFirst = store.load("s1").version();
        long readBySecond = other.load("s1").version();

        other.append("s1", readBySecond, SampleTurns.turn(2));

        assertThatThrownBy(() -> store.append("s1", readByFirst, SampleTurns.turn(1)))
                .isInstanceOf(VersionConflictException.class);
        assertThat(store.load("s1").messages().subList(2, 4)).isEqualTo(SampleTurns.turn(2));
        assertThat(store.append("s1", store.version("s1"), SampleTurns.turn(1))).isEqualTo(6);
    }

    @Test
    void detectsTwoInstancesCreatingTheSameNewSession() throws Exception {
        JdbcConversationStore other = JdbcConversationStore.create(dataSource(), prefix);
        other.append("new", 0, SampleTurns.turn(2));

        assertThatThrownBy(() -> store.append("new", 0, SampleTurns.turn(1)))
                .isInstanceOf(VersionConflictException.class);
        assertThat(store.load("new").messages()).isEqualTo(SampleTurns.turn(2));
    }

    @Test
    void createsTheSchemaOnlyOnce() throws Exception {
        store.append("s1", 0, SampleTurns.turn(1));

        JdbcConversationStore.create(dataSource(), prefix);

        assertThat(store.load("s1").messages()).isEqualTo(SampleTurns.turn(1));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void createsTheSchemaWhenManyInstancesStartTogetherOnAnEmptyDatabase() throws Exception {
        String fresh = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12) + "_";
        DataSource dataSource = dataSource();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(STARTING_INSTANCES);
        try {
            List<Future<JdbcConversationStore>> instances = new ArrayList<>();
            for (int i = 0; i < STARTING_INSTANCES; i++) {
                instances.add(pool.submit(() -> {
                    start.await();
                    return JdbcConversationStore.create(dataSource, fresh);
                }));
            }
            start.countDown();
            long version = 0;
            for (Future<JdbcConversationStore> instance : instances) {
                JdbcConversationStore started = instance.get(50, TimeUnit.SECONDS);
                version = started.append("s1", version, SampleTurns.turn((int) version));
            }
            assertThat(store.version("s1")).isZero();
            assertThat(JdbcConversationStore.create(dataSource, fresh).version("s1"))
                    .isEqualTo(2L * STARTING_INSTANCES);
        } finally {
            pool.shutdownNow();
            drop(fresh);
        }
    }

    @Test
    void rejectsATablePrefixThatIsNotAPlainIdentifier() throws Exception {
        DataSource dataSource = dataSource();
        assertThatThrownBy(() -> JdbcConversationStore.create(dataSource, "x; DROP TABLE y; --"))
                .hasMessageContaining("tablePrefix");
    }
}
