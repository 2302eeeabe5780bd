package dev.praxis.internal.sql;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * Creates tables safely when several processes start at once on an empty database: on PostgreSQL the DDL runs in
 * one transaction under an advisory lock, since {@code CREATE TABLE IF NOT EXISTS} alone lets two creators both
 * pass the check and one then fail on the catalog's unique index; elsewhere, and as a second guard, a failed
 * attempt is retried, which finds the tables the other creator made. Not API.
 */
public final class SchemaCreation {

    private static final int ATTEMPTS = 3;

    private SchemaCreation() {
    }

    /**
     * Runs {@code ddl} (idempotent statements) under the advisory lock named {@code lockName}, retrying.
     *
     * @param connection the connection to run it on
     * @param lockName the advisory lock's name
     * @param ddl the statements, each safe to run again
     * @throws java.sql.SQLException when a statement fails after the retries
     */
    public static void create(Connection connection, String lockName, List<String> ddl) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                createOnce(connection, lockName, ddl);
                return;
            } catch (SQLException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static void createOnce(Connection connection, String lockName, List<String> ddl) throws SQLException {
        boolean postgres = isPostgres(connection);
        boolean autoCommit = connection.getAutoCommit();
        // PostgreSQL's DDL is transactional: the lock and the tables commit together.
        connection.setAutoCommit(!postgres);
        try (Statement statement = connection.createStatement()) {
            if (postgres) {
                statement.execute("SELECT pg_advisory_xact_lock(" + lockKey("praxis schema", lockName) + ")");
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

    /**
     * The database product's name in lower case ({@code postgresql}, {@code h2}, {@code sqlite}).
     *
     * @param connection an open connection
     * @return the product name
     * @throws java.sql.SQLException when the metadata cannot be read
     */
    public static String product(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    }

    /**
     * True for PostgreSQL, the one database here with advisory locks.
     *
     * @param connection an open connection
     * @return true for PostgreSQL
     * @throws java.sql.SQLException when the metadata cannot be read
     */
    public static boolean isPostgres(Connection connection) throws SQLException {
        return product(connection).contains("postgres");
    }

    /**
     * A 64-bit advisory-lock key: the first 8 bytes of SHA-256 over {@code namespace}, a zero byte and {@code name}.
     *
     * @param namespace the lock's namespace
     * @param name the lock's name
     * @return the key
     */
    public static long lockKey(String namespace, String name) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(namespace.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest.digest()).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
