package dev.praxis.records;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.memory.store.StoreException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A {@link RecordStore} in one relational table through plain JDBC: PostgreSQL when several application instances
 * share records, H2 or SQLite embedded. The table, created if absent, is
 *
 * <pre>{@code
 * CREATE TABLE praxis_records (kind VARCHAR(63) NOT NULL, id VARCHAR(100) NOT NULL, version BIGINT NOT NULL,
 *     doc TEXT, updated_at BIGINT NOT NULL, PRIMARY KEY (kind, id))
 * }</pre>
 *
 * with {@code doc} the compact JSON (NULL once deleted, the row kept so versions keep growing) and
 * {@code updated_at} in milliseconds since the epoch. Every write is one transaction: a change is
 * {@code UPDATE ... WHERE version = expected}, which updates no row when another writer won; a creation is an
 * {@code INSERT} that fails on the primary key when another writer created the record first. Either way the loser
 * gets a {@link RecordConflictException} and nothing is written.
 *
 * <pre>{@code
 * RecordStore records = JdbcRecordStore.create(dataSource, "praxis_");
 * }</pre>
 *
 * <p>{@link #update} runs in one transaction that first touches the row (a row lock; the write lock on SQLite), so
 * instances updating the same record take turns instead of conflicting.
 *
 * <p>Use a pooled {@link DataSource} in production. For SQLite, configure a busy timeout so that concurrent writers
 * wait for the database lock instead of failing with {@code SQLITE_BUSY}.
 */
public final class JdbcRecordStore implements RecordStore {

    private final DataSource dataSource;
    private final RecordTable table;
    private final RecordLocks locks = new RecordLocks();
    private final Clock clock;

    private JdbcRecordStore(DataSource dataSource, RecordTable table, Clock clock) {
        this.dataSource = dataSource;
        this.table = table;
        this.clock = clock;
    }

    /**
     * A store in the table {@code praxis_records}.
     *
     * @param dataSource the database, ideally a connection pool
     * @return the store
     */
    public static JdbcRecordStore create(DataSource dataSource) {
        return create(dataSource, "praxis_");
    }

    /**
     * A store in the table {@code <tablePrefix>records} (lower case letters, digits, underscores).
     *
     * @param dataSource the database, ideally a connection pool
     * @param tablePrefix the prefix of the table name
     * @return the store
     */
    public static JdbcRecordStore create(DataSource dataSource, String tablePrefix) {
        return create(dataSource, tablePrefix, Clock.systemUTC());
    }

    /**
     * A store in the table {@code <tablePrefix>records}, created if absent, stamping writes with {@code clock}.
     *
     * @param dataSource the database, ideally a connection pool
     * @param tablePrefix the prefix of the table name
     * @param clock stamps writes
     * @return the store
     * @throws StoreException if the table cannot be created
     */
    public static JdbcRecordStore create(DataSource dataSource, String tablePrefix, Clock clock) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(clock, "clock");
        RecordTable table = new RecordTable(Objects.requireNonNull(tablePrefix, "tablePrefix"));
        try (Connection connection = dataSource.getConnection()) {
            table.create(connection);
            return new JdbcRecordStore(dataSource, table, clock);
        } catch (SQLException e) {
            throw new StoreException("cannot create the record table " + table.name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<StoredRecord> get(String kind, String id) {
        RecordRules.kind(kind);
        RecordRules.id(id);
        return inTransaction("read " + kind + " '" + id + "'", connection -> read(connection, kind, id));
    }

    private Optional<StoredRecord> read(Connection connection, String kind, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT version, doc, updated_at FROM "
                + table.name + " WHERE kind = ? AND id = ? AND doc IS NOT NULL")) {
            select.setString(1, kind);
            select.setString(2, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(stored(kind, id, row.getLong(1), row.getString(2), row.getLong(3)))
                        : Optional.empty();
            }
        }
    }

    @Override
    public StoredRecord put(String kind, String id, JsonNode doc, long expectedVersion) {
        RecordRules.kind(kind);
        RecordRules.id(id);
        RecordRules.version(expectedVersion);
        String json = RecordRules.json(kind, id, doc);
        long now = clock.millis();
        try {
            long written = inTransaction("write " + kind + " '" + id + "'",
                    connection -> write(connection, kind, id, json, now, expectedVersion));
            return stored(kind, id, written, json, now);
        } catch (Conflict e) {
            throw new RecordConflictException(kind, id, expectedVersion, liveVersion(kind, id));
        }
    }

    /** The compare-and-set inside the caller's transaction; the written version. */
    private long write(Connection connection, String kind, String id, String json, long now, long expectedVersion)
            throws SQLException {
        long written = expectedVersion == 0 ? create(connection, kind, id, json, now)
                : change(connection, kind, id, json, now, expectedVersion);
        if (written == 0) {
            throw new RecordConflictException(kind, id, expectedVersion, live(connection, kind, id));
        }
        return written;
    }

    /** Creates the record, or revives a deleted one after its last version; 0 when it exists. */
    private long create(Connection connection, String kind, String id, String json, long now) throws SQLException {
        if (execute(connection, "UPDATE " + table.name + " SET version = version + 1, doc = ?, updated_at = ?"
                + " WHERE kind = ? AND id = ? AND doc IS NULL", json, now, kind, id) == 1) {
            return version(connection, kind, id);
        }
        if (version(connection, kind, id) != 0) {
            return 0;
        }
        try {
            execute(connection, "INSERT INTO " + table.name + " (kind, id, version, doc, updated_at)"
                    + " VALUES (?, ?, 1, ?, ?)", kind, id, json, now);
            return 1;
        } catch (SQLException e) {
            if (isUniqueViolation(e)) {
                throw new Conflict(e); // another writer inserted it since our check; PostgreSQL needs a rollback
            }
            throw e;
        }
    }

    /** Moves the record from {@code expected} to the next version; 0 when it is at another version. */
    private long change(Connection connection, String kind, String id, String json, long now, long expected)
            throws SQLException {
        int rows = execute(connection, "UPDATE " + table.name + " SET version = ?, doc = ?, updated_at = ?"
                + " WHERE kind = ? AND id = ? AND version = ? AND doc IS NOT NULL", expected + 1, json, now, kind, id,
                expected);
        return rows == 1 ? expected + 1 : 0;
    }

    @Override
    public List<StoredRecord> list(String kind, String afterId, int limit) {
        RecordRules.kind(kind);
        RecordRules.afterId(afterId);
        RecordRules.limit(limit);
        return inTransaction("list " + kind + " records", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT id, version, doc, updated_at FROM "
                    + table.name + " WHERE kind = ? AND id > ? AND doc IS NOT NULL ORDER BY id LIMIT ?")) {
                select.setString(1, kind);
                select.setString(2, afterId);
                select.setInt(3, limit);
                List<StoredRecord> page = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        page.add(stored(kind, rows.getString(1), rows.getLong(2), rows.getString(3), rows.getLong(4)));
                    }
                }
                return List.copyOf(page);
            }
        });
    }

    @Override
    public boolean delete(String kind, String id, long expectedVersion) {
        RecordRules.kind(kind);
        RecordRules.id(id);
        RecordRules.version(expectedVersion);
        int rows = inTransaction("delete " + kind + " '" + id + "'", connection -> execute(connection, "UPDATE "
                + table.name + " SET version = version + 1, doc = NULL, updated_at = ?"
                + " WHERE kind = ? AND id = ? AND version = ? AND doc IS NOT NULL", clock.millis(), kind, id,
                expectedVersion));
        if (rows == 1) {
            return true;
        }
        long live = liveVersion(kind, id);
        if (live != 0) {
            throw new RecordConflictException(kind, id, expectedVersion, live);
        }
        return false;
    }

    @Override
    public <T> T update(String kind, String id, Class<T> type, Supplier<? extends T> initial, UnaryOperator<T> change) {
        RecordRules.kind(kind);
        RecordRules.id(id);
        // The in-process lock keeps this process's threads off the database's lock; the row lock keeps other
        // processes from changing the record between the read and the write.
        return locks.with(kind, id, () -> RecordUpdates.retrying(() -> {
            try {
                return inTransaction("update " + kind + " '" + id + "'", connection -> {
                    execute(connection, "UPDATE " + table.name + " SET version = version WHERE kind = ? AND id = ?",
                            kind, id);
                    return RecordUpdates.once(access(connection), kind, id, type, initial, change);
                });
            } catch (Conflict e) {
                throw new RecordConflictException(kind, id, 0, liveVersion(kind, id));
            }
        }));
    }

    /** Reads and writes inside one transaction, for {@link #update}. */
    private RecordUpdates.Access access(Connection connection) {
        return new RecordUpdates.Access() {
            @Override
            public Optional<StoredRecord> read(String kind, String id) {
                return sql(() -> JdbcRecordStore.this.read(connection, kind, id));
            }

            @Override
            public StoredRecord write(String kind, String id, JsonNode doc, long expectedVersion) {
                String json = RecordRules.json(kind, id, doc);
                long now = clock.millis();
                long written = sql(() -> JdbcRecordStore.this.write(connection, kind, id, json, now, expectedVersion));
                return stored(kind, id, written, json, now);
            }
        };
    }

    /** Carries an {@code SQLException} through the record-update callbacks to the enclosing transaction. */
    private static <T> T sql(SqlCall<T> call) {
        try {
            return call.call();
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** The version a writer must expect now: 0 for no record or a deleted one. For a conflict's message. */
    private long liveVersion(String kind, String id) {
        return get(kind, id).map(StoredRecord::version).orElse(0L);
    }

    private long live(Connection connection, String kind, String id) throws SQLException {
        return read(connection, kind, id).map(StoredRecord::version).orElse(0L);
    }

    /** The row's version, deleted or not; 0 without a row. */
    private long version(Connection connection, String kind, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT version FROM " + table.name
                + " WHERE kind = ? AND id = ?")) {
            select.setString(1, kind);
            select.setString(2, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }

    private static StoredRecord stored(String kind, String id, long version, String json, long updatedAt) {
        return new StoredRecord(kind, id, version, RecordRules.parse(json), Instant.ofEpochMilli(updatedAt));
    }

    private static int execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    /** SQLSTATE class 23 is an integrity violation (PostgreSQL, H2); the SQLite driver reports SQLITE_CONSTRAINT. */
    private static boolean isUniqueViolation(SQLException e) {
        String state = e.getSQLState();
        return (state != null && state.startsWith("23")) || e.getErrorCode() == 19
                || String.valueOf(e.getMessage()).contains("SQLITE_CONSTRAINT");
    }

    private <T> T inTransaction(String what, SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SqlFailure e) {
                connection.rollback();
                throw e.getCause();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot " + what + " in " + table.name + ": " + e.getMessage(), e);
        }
    }

    /** A creation lost to a concurrent insert, carried out of the transaction so that it is rolled back first. */
    private static final class Conflict extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Conflict(SQLException cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    /** An {@code SQLException} on its way out of a callback that cannot throw it. */
    private static final class SqlFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SqlFailure(SQLException cause) {
            super(cause.getMessage(), cause, false, false);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    /** One statement or query that may fail. */
    @FunctionalInterface
    private interface SqlCall<T> {
        T call() throws SQLException;
    }

    /** A unit of work inside one transaction. */
    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
