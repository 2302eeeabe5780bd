package dev.praxis.testing.contract.ecommerce;

import dev.praxis.records.JdbcRecordStore;
import dev.praxis.records.RecordStore;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;

/** The contract on a database: each test has its own table, dropped afterwards. */
public abstract class JdbcShopRecordsContract extends ShopRecordsContract {

    private final String prefix = "shop" + UUID.randomUUID().toString().replace("-", "").substring(0, 12) + "_";

    /**
     * The database both instances use.
     *
     * @return the data source
     */
    protected abstract DataSource dataSource();

    @Override
    protected RecordStore createStore() {
        return JdbcRecordStore.create(dataSource(), prefix, clock);
    }

    @Override
    protected RecordStore openAnother() {
        return JdbcRecordStore.create(dataSource(), prefix, clock);
    }

    @Override
    protected void releaseStore() throws Exception {
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + prefix + "records");
        }
    }
}
