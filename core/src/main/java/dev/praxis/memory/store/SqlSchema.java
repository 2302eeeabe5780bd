package dev.praxis.memory.store;

import dev.praxis.internal.sql.SchemaCreation;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
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

    /** True for PostgreSQL, the one database here with advisory locks (for the schema and for session leases). */
    static boolean isPostgres(Connection connection) throws SQLException {
        return SchemaCreation.isPostgres(connection);
    }

    /** Creates the tables if absent, safely when several processes start at once ({@link SchemaCreation}). */
    void create(Connection connection) throws SQLException {
        String product = SchemaCreation.product(connection);
        String text = product.contains("postgres") || product.contains("sqlite") ? "TEXT" : "CLOB";
        SchemaCreation.create(connection, sessions, List.of(
                "CREATE TABLE IF NOT EXISTS " + sessions + " (session_id VARCHAR(255) NOT NULL PRIMARY KEY,"
                        + " version BIGINT NOT NULL)",
                "CREATE TABLE IF NOT EXISTS " + messages + " (session_id VARCHAR(255) NOT NULL, seq BIGINT NOT NULL,"
                        + " message " + text + " NOT NULL, PRIMARY KEY (session_id, seq))",
                "CREATE TABLE IF NOT EXISTS " + state + " (session_id VARCHAR(255) NOT NULL,"
                        + " state_key VARCHAR(255) NOT NULL, state_value " + text + " NOT NULL,"
                        + " PRIMARY KEY (session_id, state_key))"));
    }
}
