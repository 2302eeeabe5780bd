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

    private static final int CREATE_ATTEMPTS = 3;

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

    /** True for PostgreSQL, the one database here with advisory locks (for the schema and for session leases). */
    static boolean isPostgres(Connection connection) throws SQLException {
        return product(connection).contains("postgres");
    }

    /**
     * Creates the tables if absent. Safe when several processes start at once on an empty database: on PostgreSQL
     * the DDL runs in one transaction under an advisory lock, since {@code CREATE TABLE IF NOT EXISTS} alone lets
     * two creators both pass the check and one then fail on the catalog's unique index; elsewhere, and as a second
     * guard, a failed attempt is retried, which finds the tables the other creator made.
     */
    void create(Connection connection) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                createOnce(connection);
                return;
            } catch (SQLException e) {
                if (attempt == CREATE_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private void createOnce(Connection connection) throws SQLException {
        String product = product(connection);
        boolean postgres = product.contains("postgres");
        String text = postgres || product.contains("sqlite") ? "TEXT" : "CLOB";
        List<String> ddl = List.of(
                "CREATE TABLE IF NOT EXISTS " + sessions + " (session_id VARCHAR(255) NOT NULL PRIMARY KEY,"
                        + " version BIGINT NOT NULL)",
                "CREATE TABLE IF NOT EXISTS " + messages + " (session_id VARCHAR(255) NOT NULL, seq BIGINT NOT NULL,"
                        + " message " + text + " NOT NULL, PRIMARY KEY (session_id, seq))",
                "CREATE TABLE IF NOT EXISTS " + state + " (session_id VARCHAR(255) NOT NULL,"
                        + " state_key VARCHAR(255) NOT NULL, state_value " + text + " NOT NULL,"
                        + " PRIMARY KEY (session_id, state_key))");
        boolean autoCommit = connection.getAutoCommit();
        // PostgreSQL's DDL is transactional: the lock and the tables commit together.
        connection.setAutoCommit(!postgres);
        try (Statement statement = connection.createStatement()) {
            if (postgres) {
                statement.execute("SELECT pg_advisory_xact_lock(" + PostgresLease.key("praxis schema", sessions) + ")");
            }
            for (String sql : ddl) {
                statement.execute(sql);
            }
            if (postgres) {
                connection.commit();
            }
        } catch (SQLException e) {
            if (postgres) {
                connection.rollback();
            }
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static String product(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    }
}
