package dev.praxis.memory.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * A {@link SessionLease} on PostgreSQL: a session-level advisory lock ({@code pg_advisory_lock}) held on a
 * connection pinned for the turn. The server drops it when that connection ends, so a holder that dies (a
 * {@code kill -9}, a lost network) releases the session without any expiry to tune. It takes no row lock and opens
 * no transaction, so a long turn holds back neither writers nor vacuum; it costs one connection per turn in
 * progress.
 */
final class PostgresLease implements SessionLease {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresLease.class);
    /** SQLSTATE lock_not_available: the {@code lock_timeout} elapsed. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final Connection connection;
    private final long key;
    private final String sessionId;
    private boolean released;

    private PostgresLease(Connection connection, long key, String sessionId) {
        this.connection = connection;
        this.key = key;
        this.sessionId = sessionId;
    }

    /**
     * Waits up to {@code maxWait} for the advisory lock of {@code sessionId} in {@code namespace} (the store's
     * tables), on a connection of its own.
     */
    static PostgresLease take(DataSource dataSource, String namespace, String sessionId, Duration maxWait)
            throws SQLException {
        long key = key(namespace, sessionId);
        Connection connection = dataSource.getConnection();
        boolean held;
        try {
            held = acquire(connection, key, maxWait);
        } catch (SQLException e) {
            if (!LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                abandon(connection);
                throw e;
            }
            handBack(connection);
            throw new SessionBusyException(sessionId, maxWait, e);
        } catch (RuntimeException e) {
            abandon(connection);
            throw e;
        }
        if (!held) {
            connection.close();
            throw new SessionBusyException(sessionId, maxWait, null);
        }
        return new PostgresLease(connection, key, sessionId);
    }

    /**
     * True once the lock is held. A zero wait tries once; otherwise {@code lock_timeout}, set for this one
     * transaction only ({@code set_config(..., true)}), bounds the wait (0 would mean "no limit" to PostgreSQL).
     */
    private static boolean acquire(Connection connection, long key, Duration maxWait) throws SQLException {
        // Held outside any transaction: a pool may hand out a connection left with auto-commit off.
        connection.setAutoCommit(true);
        if (maxWait.isZero()) {
            return queryBoolean(connection, "SELECT pg_try_advisory_lock(?)", key);
        }
        connection.setAutoCommit(false);
        try (PreparedStatement timeout = connection.prepareStatement("SELECT set_config('lock_timeout', ?, true)")) {
            timeout.setString(1, Math.max(1, maxWait.toMillis()) + "ms");
            timeout.execute();
        }
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_lock(?)")) {
            lock.setLong(1, key);
            lock.execute();
        }
        // A session-level advisory lock outlives the transaction it was taken in.
        connection.commit();
        connection.setAutoCommit(true);
        return true;
    }

    @Override
    public void close() {
        if (released) {
            return;
        }
        released = true;
        try {
            if (!queryBoolean(connection, "SELECT pg_advisory_unlock(?)", key)) {
                LOG.warn("advisory lock of session '{}' was no longer held when its turn ended", sessionId);
            }
            connection.close();
        } catch (SQLException e) {
            // The connection is broken; the server releases the lock when it notices the connection is gone.
            LOG.warn("could not release the advisory lock of session '{}': {}", sessionId, e.getMessage());
            abandon(connection);
        }
    }

    /** Returns a connection whose lock wait timed out (so it holds no lock) in its usual auto-commit state. */
    private static void handBack(Connection connection) {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
            connection.close();
        } catch (SQLException e) {
            abandon(connection);
        }
    }

    /** Closes a connection that may still hold the lock without handing it back to a pool in that state. */
    private static void abandon(Connection connection) {
        try {
            connection.abort(Runnable::run);
        } catch (SQLException | RuntimeException ignored) {
            // Already broken: nothing more to release.
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Aborted above; close only returns a pool's wrapper.
        }
    }

    private static boolean queryBoolean(Connection connection, String sql, long key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    /** A 64-bit advisory-lock key: the first 8 bytes of SHA-256 over the namespace and the session id. */
    static long key(String namespace, String sessionId) {
        return dev.praxis.internal.sql.SchemaCreation.lockKey(namespace, sessionId);
    }
}
