package dev.praxis.memory.store;

import dev.praxis.memory.HistoryPolicy;
import dev.praxis.memory.StoredConversationMemory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The session lease of {@link JdbcConversationStore}, which only PostgreSQL holds across instances, on a real
 * PostgreSQL when {@code praxis.test.postgres.url} is set; skipped otherwise. The store's contract runs in
 * test-support ({@code JdbcPostgresConversationStoreTest}); these tests need the package's lock keys.
 */
class PostgresSessionLeaseTest {

    private static final int THREADS_PER_INSTANCE = 4;
    private static final int TURNS_PER_THREAD = 10;

    private String prefix;
    private JdbcConversationStore store;

    static String url() {
        String url = System.getProperty("praxis.test.postgres.url", "");
        return url.startsWith("jdbc:postgresql:") ? url : null;
    }

    @BeforeAll
    static void requirePostgres() {
        assumeTrue(url() != null, "praxis.test.postgres.url not set: PostgreSQL tests skipped");
    }

    @BeforeEach
    void createStore() {
        prefix = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12) + "_";
        store = JdbcConversationStore.create(dataSource(), prefix);
    }

    @AfterEach
    void dropTables() throws Exception {
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
            for (String table : List.of("sessions", "messages", "state")) {
                statement.execute("DROP TABLE IF EXISTS " + prefix + table);
            }
        }
    }

    private String prefix() {
        return prefix;
    }

    private DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url());
        return dataSource;
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anotherInstanceCannotLeaseASessionWhileATurnHoldsIt() {
        JdbcConversationStore other = JdbcConversationStore.create(dataSource(), prefix());
        SessionLease held = store.lease("s1", Duration.ofSeconds(5));
        try {
            assertThatThrownBy(() -> other.lease("s1", Duration.ofMillis(100)))
                    .isInstanceOf(SessionBusyException.class)
                    .hasMessageContaining("nothing ran");
            assertThatThrownBy(() -> other.lease("s1", Duration.ZERO)).isInstanceOf(SessionBusyException.class);
            other.lease("s2", Duration.ZERO).close();
        } finally {
            held.close();
        }
        other.lease("s1", Duration.ZERO).close();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void releasesTheSessionWhenTheHoldersConnectionDies() throws Exception {
        JdbcConversationStore other = JdbcConversationStore.create(dataSource(), prefix());
        SessionLease held = store.lease("s1", Duration.ofSeconds(5));

        terminateHolderOf(PostgresLease.key(prefix() + "sessions", "s1"));

        other.lease("s1", Duration.ofSeconds(20)).close();
        held.close();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void twoInstancesSharingASessionTakeTurnsWithoutAnyConflict() throws Exception {
        List<StoredConversationMemory> instances = List.of(
                StoredConversationMemory.of(store, HistoryPolicy.lastMessages(10)),
                StoredConversationMemory.of(JdbcConversationStore.create(dataSource(), prefix()),
                        HistoryPolicy.lastMessages(10)));
        Messages.leasedTurns(instances, instances.size() * THREADS_PER_INSTANCE, TURNS_PER_THREAD, 100);
        assertThat(store.version("shared")).isEqualTo(2L * instances.size() * THREADS_PER_INSTANCE * TURNS_PER_THREAD);
    }

    /** Ends the server process holding the advisory lock {@code key}, as if its application instance had died. */
    private void terminateHolderOf(long key) throws Exception {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement kill = connection.prepareStatement("SELECT pg_terminate_backend(pid) FROM pg_locks"
                     + " WHERE locktype = 'advisory' AND granted AND objsubid = 1"
                     + " AND classid::text::bigint = ? AND objid::text::bigint = ?")) {
            kill.setLong(1, key >>> 32);
            kill.setLong(2, key & 0xFFFF_FFFFL);
            try (ResultSet killed = kill.executeQuery()) {
                assertThat(killed.next()).as("a backend held the lock").isTrue();
                assertThat(killed.getBoolean(1)).isTrue();
            }
        }
    }
}
