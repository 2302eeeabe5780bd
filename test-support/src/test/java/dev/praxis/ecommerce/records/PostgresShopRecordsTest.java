package dev.praxis.ecommerce.records;

import dev.praxis.testing.contract.ecommerce.JdbcShopRecordsContract;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;

/**
 * The contract on a real PostgreSQL, reached through the system property {@code praxis.test.postgres.url} (set by
 * the build from {@code PRAXIS_TEST_POSTGRES_URL}); skipped without it.
 */
class PostgresShopRecordsTest extends JdbcShopRecordsContract {

    private static String url;

    @BeforeAll
    static void requireServer() {
        url = System.getProperty("praxis.test.postgres.url", "");
        Assumptions.assumeTrue(url.startsWith("jdbc:postgresql:"),
                "PRAXIS_TEST_POSTGRES_URL is not set: PostgreSQL shop record tests skipped");
    }

    @Override
    protected DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        return dataSource;
    }
}
