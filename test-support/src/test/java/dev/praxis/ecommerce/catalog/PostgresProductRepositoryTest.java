package dev.praxis.ecommerce.catalog;

import dev.praxis.testing.contract.ecommerce.ProductRepositoryContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The JDBC repository on a real PostgreSQL server, reached through the system property
 * {@code praxis.test.postgres.url} (set by the build from {@code PRAXIS_TEST_POSTGRES_URL}); skipped without it.
 * Tables use the prefix {@code ecom_test_} so other tests on the same database are not disturbed. The pack selling
 * from this repository is the pack's {@code PostgresCatalogSaleTest}.
 */
class PostgresProductRepositoryTest extends ProductRepositoryContract {

    private static String url;
    private JdbcProductRepository repo;

    @BeforeAll
    static void requireServer() {
        url = System.getProperty("praxis.test.postgres.url", "");
        Assumptions.assumeTrue(url.startsWith("jdbc:postgresql:"),
                "PRAXIS_TEST_POSTGRES_URL is not set: PostgreSQL repository tests skipped");
    }

    @Override
    protected ProductRepository repository() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        repo = new JdbcProductRepository(ds, "ecom_test_");
        repo.dropTables();
        repo.createTables();
        repo.insert(DATA);
        return repo;
    }

    @AfterEach
    void drop() {
        if (repo != null) {
            repo.dropTables();
        }
    }
}
