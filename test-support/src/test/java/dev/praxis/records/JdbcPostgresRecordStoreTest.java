package dev.praxis.records;

import dev.praxis.testing.contract.JdbcRecordStoreContract;
import org.junit.jupiter.api.BeforeAll;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The contract on a real PostgreSQL, when {@code praxis.test.postgres.url} is set (the build maps it from
 * {@code PRAXIS_TEST_POSTGRES_URL}); skipped otherwise. Tables are named {@code r<random>_records}.
 */
class JdbcPostgresRecordStoreTest extends JdbcRecordStoreContract {

    static String url() {
        String url = System.getProperty("praxis.test.postgres.url", "");
        return url.startsWith("jdbc:postgresql:") ? url : null;
    }

    @BeforeAll
    static void requirePostgres() {
        assumeTrue(url() != null, "praxis.test.postgres.url not set: PostgreSQL tests skipped");
    }

    /**
     * Fewer increments than elsewhere: without a pool every read and write opens a connection, which pays
     * PostgreSQL's SCRAM authentication (about 25 ms an update here); 8 x 50 still interleaves every thread.
     */
    @Override
    protected int incrementsPerThread() {
        return 50;
    }

    @Override
    protected DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url());
        return dataSource;
    }
}
