package dev.praxis.ecommerce.catalog;

import dev.praxis.testing.contract.ecommerce.ProductRepositoryContract;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The JDBC repository on an in-memory H2 database (always runs). */
class H2ProductRepositoryTest extends ProductRepositoryContract {

    private JdbcProductRepository repo;

    @Override
    protected ProductRepository repository() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:catalog" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        repo = new JdbcProductRepository(ds, "shop_");
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

    @org.junit.jupiter.api.Test
    void refusesATablePrefixThatCouldInjectSql() {
        assertThatThrownBy(() -> new JdbcProductRepository(new JdbcDataSource(), "x; DROP TABLE y"))
                .hasMessageContaining("tablePrefix");
    }
}
