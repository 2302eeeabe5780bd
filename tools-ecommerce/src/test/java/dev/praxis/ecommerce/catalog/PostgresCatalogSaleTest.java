package dev.praxis.ecommerce.catalog;

import dev.praxis.ecommerce.Shop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pack selling from {@link JdbcProductRepository} on a real PostgreSQL server, reached through the system
 * property {@code praxis.test.postgres.url}; skipped without it. The repository's contract runs in test-support
 * ({@code PostgresProductRepositoryTest}). Tables use the prefix {@code ecom_sale_test_}.
 */
class PostgresCatalogSaleTest {

    private static final CatalogData DATA = CatalogData.embedded();
    private static String url;
    private JdbcProductRepository repo;

    @BeforeAll
    static void requireServer() {
        url = System.getProperty("praxis.test.postgres.url", "");
        Assumptions.assumeTrue(url.startsWith("jdbc:postgresql:"),
                "PRAXIS_TEST_POSTGRES_URL is not set: PostgreSQL repository tests skipped");
    }

    @Test
    void thePackSellsFromTheDatabaseAndTakesStockThere() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        repo = new JdbcProductRepository(ds, "ecom_sale_test_");
        repo.dropTables();
        repo.createTables();
        repo.insert(DATA);
        Shop shop = new Shop(repo);
        Variant v = DATA.products().stream().flatMap(p -> p.variants().stream()).filter(x -> x.stock() >= 2)
                .findFirst().orElseThrow();

        String order = shop.order(shop.cartWith(v.sku(), 2), Shop.US_ADDRESS, "pg-key");

        assertThat(order).startsWith("O-");
        assertThat(repo.stock(v.sku())).isEqualTo(v.stock() - 2);
    }

    @AfterEach
    void drop() {
        if (repo != null) {
            repo.dropTables();
        }
    }
}
