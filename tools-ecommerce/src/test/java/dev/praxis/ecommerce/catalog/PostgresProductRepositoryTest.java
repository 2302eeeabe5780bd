package dev.praxis.ecommerce.catalog;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The JDBC repository on a real PostgreSQL server, reached through the system property
 * {@code praxis.test.postgres.url} (set by the build from {@code PRAXIS_TEST_POSTGRES_URL}); skipped without it.
 * Tables use the prefix {@code ecom_test_} so other tests on the same database are not disturbed.
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
    ProductRepository repository() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        repo = new JdbcProductRepository(ds, "ecom_test_");
        repo.dropTables();
        repo.createTables();
        repo.insert(DATA);
        return repo;
    }

    @org.junit.jupiter.api.Test
    void thePackSellsFromTheDatabaseAndTakesStockThere() {
        JdbcProductRepository db = (JdbcProductRepository) repository();
        dev.praxis.ecommerce.Shop shop = new dev.praxis.ecommerce.Shop(db);
        Variant v = DATA.products().stream().flatMap(p -> p.variants().stream()).filter(x -> x.stock() >= 2)
                .findFirst().orElseThrow();
        String order = shop.order(shop.cartWith(v.sku(), 2), dev.praxis.ecommerce.Shop.US_ADDRESS, "pg-key");
        org.assertj.core.api.Assertions.assertThat(order).startsWith("O-");
        org.assertj.core.api.Assertions.assertThat(db.stock(v.sku())).isEqualTo(v.stock() - 2);
    }

    @AfterEach
    void drop() {
        if (repo != null) {
            repo.dropTables();
        }
    }
}
