package dev.praxis.memory.store;

import dev.praxis.testing.contract.JdbcConversationStoreContract;
import org.junit.jupiter.api.BeforeAll;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The contract on a real PostgreSQL, when {@code praxis.test.postgres.url} is set (CI sets it from
 * {@code PRAXIS_TEST_POSTGRES_URL} after {@code .ci/start-postgres.sh}); skipped otherwise. The session lease,
 * which only PostgreSQL holds across instances, is core's {@code PostgresSessionLeaseTest}.
 */
class JdbcPostgresConversationStoreTest extends JdbcConversationStoreContract {

    static String url() {
        String url = System.getProperty("praxis.test.postgres.url", "");
        return url.startsWith("jdbc:postgresql:") ? url : null;
    }

    @BeforeAll
    static void requirePostgres() {
        assumeTrue(url() != null, "praxis.test.postgres.url not set: PostgreSQL tests skipped");
    }

    @Override
    protected DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url());
        return dataSource;
    }
}
