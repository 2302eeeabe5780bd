package dev.praxis.ecommerce.records;

import dev.praxis.testing.contract.ecommerce.JdbcShopRecordsContract;
import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.util.UUID;

class H2ShopRecordsTest extends JdbcShopRecordsContract {

    private final JdbcDataSource dataSource = new JdbcDataSource();

    H2ShopRecordsTest() {
        dataSource.setURL("jdbc:h2:mem:shop_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Override
    protected DataSource dataSource() {
        return dataSource;
    }
}
