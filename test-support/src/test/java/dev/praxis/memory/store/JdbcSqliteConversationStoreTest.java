package dev.praxis.memory.store;

import dev.praxis.testing.contract.JdbcConversationStoreContract;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import javax.sql.DataSource;
import java.nio.file.Path;

class JdbcSqliteConversationStoreTest extends JdbcConversationStoreContract {

    @TempDir
    Path directory;

    private SQLiteDataSource dataSource;

    @Override
    protected DataSource dataSource() {
        if (dataSource == null) {
            SQLiteConfig config = new SQLiteConfig();
            // Writers wait for SQLite's database lock instead of failing with SQLITE_BUSY.
            config.setBusyTimeout(30_000);
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            dataSource = new SQLiteDataSource(config);
            dataSource.setUrl("jdbc:sqlite:" + directory.resolve("praxis.db"));
        }
        return dataSource;
    }
}
