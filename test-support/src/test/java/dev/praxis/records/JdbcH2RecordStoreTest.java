package dev.praxis.records;

import dev.praxis.testing.contract.JdbcRecordStoreContract;
import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.util.UUID;

class JdbcH2RecordStoreTest extends JdbcRecordStoreContract {

    private final JdbcDataSource dataSource = new JdbcDataSource();

    JdbcH2RecordStoreTest() {
        dataSource.setURL("jdbc:h2:mem:records_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Override
    protected DataSource dataSource() {
        return dataSource;
    }
}
