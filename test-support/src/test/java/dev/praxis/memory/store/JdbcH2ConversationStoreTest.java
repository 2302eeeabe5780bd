package dev.praxis.memory.store;

import dev.praxis.testing.contract.JdbcConversationStoreContract;
import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.util.UUID;

class JdbcH2ConversationStoreTest extends JdbcConversationStoreContract {

    private final JdbcDataSource dataSource = new JdbcDataSource();

    JdbcH2ConversationStoreTest() {
        dataSource.setURL("jdbc:h2:mem:praxis_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Override
    protected DataSource dataSource() {
        return dataSource;
    }
}
