package dev.praxis.memory.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The three tables of {@link JdbcConversationStore} and the one dialect difference that matters: the type of a
 * long text column ({@code TEXT} on PostgreSQL and SQLite, {@code CLOB} elsewhere, as in H2). Everything else is
 * portable SQL: {@code CREATE TABLE IF NOT EXISTS}, composite primary keys, {@code BIGINT}.
 */
final class SqlSchema {

    private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,30}");

    final String sessions;
    final String messages;
    final String state;

    SqlSchema(String tablePrefix) {
        if (!PREFIX.matcher(tablePrefix).matches()) {
            throw new IllegalArgumentException("tablePrefix must match " + PREFIX + ", got '" + tablePrefix + "'");
        }
        this.sessions = tablePrefix + "sessions";
        this.messages = tablePrefix + "messages";
        this.state = tablePrefix + "state";
    }

    void create(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        String text = product.contains("postgres") || product.contains("sqlite") ? "TEXT" : "CLOB";
        List<String> ddl = List.of(
                "CREATE TABLE IF NOT EXISTS " + sessions + " (session_id VARCHAR(255) NOT NULL PRIMARY KEY,"
                        + " version BIGINT NOT NULL)",
                "CREATE TABLE IF NOT EXISTS " + messages + " (session_id VARCHAR(255) NOT NULL, seq BIGINT NOT NULL,"
                        + " message " + text + " NOT NULL, PRIMARY KEY (session_id, seq))",
                "CREATE TABLE IF NOT EXISTS " + state + " (session_id VARCHAR(255) NOT NULL,"
                        + " state_key VARCHAR(255) NOT NULL, state_value " + text + " NOT NULL,"
                        + " PRIMARY KEY (session_id, state_key))");
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            for (String sql : ddl) {
                statement.execute(sql);
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
