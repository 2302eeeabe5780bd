package dev.praxis.records;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one table of {@link JdbcRecordStore}, {@code <prefix>records}. The dialect differences that matter: the long
 * text type ({@code TEXT} on PostgreSQL and SQLite, {@code CLOB} elsewhere, as in H2) and, on PostgreSQL, the
 * {@code "C"} collation on {@code id}, so that paging orders ids as Java's {@code String} does rather than by the
 * database's locale (H2 and SQLite compare the ASCII ids bytewise already).
 */
final class RecordTable {

    private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,30}");
    private static final int CREATE_ATTEMPTS = 3;

    final String name;

    RecordTable(String tablePrefix) {
        if (!PREFIX.matcher(tablePrefix).matches()) {
            throw new IllegalArgumentException("tablePrefix must match " + PREFIX + ", got '" + tablePrefix + "'");
        }
        this.name = tablePrefix + "records";
    }

    static boolean isPostgres(Connection connection) throws SQLException {
        return product(connection).contains("postgres");
    }

    /**
     * Creates the table if absent, safely when several processes start at once, as the conversation tables are
     * created: on PostgreSQL under an advisory lock in one transaction (two concurrent
     * {@code CREATE TABLE IF NOT EXISTS} can both pass the check and one then fail on the catalog's unique index);
     * elsewhere, and as a second guard, a failed attempt is retried and finds the table the other creator made.
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

    /** The statement creating the table in the database {@code connection} is connected to. */
    private String ddl(Connection connection) throws SQLException {
        String product = product(connection);
        boolean postgres = product.contains("postgres");
        String text = postgres || product.contains("sqlite") ? "TEXT" : "CLOB";
        return "CREATE TABLE IF NOT EXISTS " + name + " (kind VARCHAR(63) NOT NULL,"
                + " id VARCHAR(100)" + (postgres ? " COLLATE \"C\"" : "") + " NOT NULL,"
                + " version BIGINT NOT NULL, doc " + text + ", updated_at BIGINT NOT NULL, PRIMARY KEY (kind, id))";
    }

    private void createOnce(Connection connection) throws SQLException {
        boolean postgres = isPostgres(connection);
        String ddl = ddl(connection);
        boolean autoCommit = connection.getAutoCommit();
        // PostgreSQL's DDL is transactional: the lock and the table commit together.
        connection.setAutoCommit(!postgres);
        try (Statement statement = connection.createStatement()) {
            if (postgres) {
                statement.execute("SELECT pg_advisory_xact_lock(" + lockKey() + ")");
            }
            statement.execute(ddl);
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

    /** A 64-bit advisory-lock key for this table's schema: the first 8 bytes of SHA-256 over its name. */
    private long lockKey() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("praxis schema".getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest.digest()).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String product(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    }
}
