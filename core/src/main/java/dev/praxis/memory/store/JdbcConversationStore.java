package dev.praxis.memory.store;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ChatMessageDeserializer;
import dev.langchain4j.data.message.ChatMessageSerializer;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A {@link ConversationStore} in a relational database through plain JDBC: PostgreSQL when several application
 * instances share sessions, H2 or SQLite embedded. Creates its tables if absent ({@code <prefix>sessions},
 * {@code <prefix>messages}, one row per message, and {@code <prefix>state}). Each append is one transaction that
 * first moves the session's version with {@code UPDATE ... WHERE version = expected}: a writer that read an older
 * version updates no row and gets a {@link VersionConflictException}, so no update is lost even across processes.
 *
 * <pre>{@code
 * PGSimpleDataSource ds = new PGSimpleDataSource();
 * ds.setURL("jdbc:postgresql://db:5432/app");
 * ConversationStore store = JdbcConversationStore.create(ds, "praxis_");
 * }</pre>
 *
 * On PostgreSQL each turn holds its session with an advisory lock ({@link #lease}), so instances sharing
 * sessions take turns instead of conflicting; the version check stays as a second guard.
 *
 * <p>Use a pooled {@link DataSource} in production, sized for two connections per turn in progress on
 * PostgreSQL (the lease's and one for reads and writes). For SQLite, configure a busy timeout so concurrent writers wait
 * for the database lock instead of failing with {@code SQLITE_BUSY}.
 */
public final class JdbcConversationStore implements ConversationStore {

    private final DataSource dataSource;
    private final SqlSchema schema;
    private final boolean postgres;

    private JdbcConversationStore(DataSource dataSource, SqlSchema schema, boolean postgres) {
        this.dataSource = dataSource;
        this.schema = schema;
        this.postgres = postgres;
    }

    /**
     * A store using tables named {@code praxis_sessions}, {@code praxis_messages} and {@code praxis_state}.
     *
     * @param dataSource the database, ideally a connection pool
     * @return the store
     */
    public static JdbcConversationStore create(DataSource dataSource) {
        return create(dataSource, "praxis_");
    }

    /**
     * A store whose tables start with {@code tablePrefix} (lower case letters, digits, underscores), created if
     * absent.
     *
     * @param dataSource the database, ideally a connection pool
     * @param tablePrefix the prefix of the table names
     * @return the store
     * @throws StoreException if the schema cannot be created
     */
    public static JdbcConversationStore create(DataSource dataSource, String tablePrefix) {
        Objects.requireNonNull(dataSource, "dataSource");
        SqlSchema schema = new SqlSchema(Objects.requireNonNull(tablePrefix, "tablePrefix"));
        try (Connection connection = dataSource.getConnection()) {
            schema.create(connection);
            return new JdbcConversationStore(dataSource, schema, SqlSchema.isPostgres(connection));
        } catch (SQLException e) {
            throw new StoreException("cannot create conversation tables " + schema.sessions + ", " + schema.messages
                    + ", " + schema.state + ": " + e.getMessage(), e);
        }
    }

    /**
     * On PostgreSQL, a session-level advisory lock on a connection of its own, held until the lease is closed and
     * dropped by the server if this process dies: instances sharing the tables take turns on a session. H2 and
     * SQLite here serve one process, so the lease is the memory's in-process lock.
     *
     * @throws SessionBusyException if another holder kept the session for {@code maxWait}
     * @throws StoreException if the database cannot be reached
     */
    @Override
    public SessionLease lease(String sessionId, Duration maxWait) {
        SessionIds.check(sessionId);
        if (maxWait.isNegative()) {
            throw new IllegalArgumentException("maxWait must be >= 0, got " + maxWait);
        }
        if (!postgres) {
            return SessionLease.inProcess();
        }
        try {
            return PostgresLease.take(dataSource, schema.sessions, sessionId, maxWait);
        } catch (SQLException e) {
            throw new StoreException("cannot lease session '" + sessionId + "' in " + schema.sessions + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public StoredConversation load(String sessionId) {
        SessionIds.check(sessionId);
        return inTransaction("load", connection -> {
            long version = version(connection, sessionId);
            List<ChatMessage> messages = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT message FROM " + schema.messages
                    + " WHERE session_id = ? AND seq < ? ORDER BY seq")) {
                select.setString(1, sessionId);
                select.setLong(2, version);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        messages.add(ChatMessageDeserializer.messageFromJson(rows.getString(1)));
                    }
                }
            }
            return new StoredConversation(messages, version, state(connection, sessionId));
        });
    }

    @Override
    public long append(String sessionId, long expectedVersion, List<ChatMessage> messages) {
        SessionIds.check(sessionId);
        SessionIds.checkVersion(expectedVersion);
        List<ChatMessage> batch = List.copyOf(messages);
        long next = expectedVersion + batch.size();
        return inTransaction("append to", connection -> {
            if (!moveVersion(connection, sessionId, expectedVersion, next)) {
                throw new VersionConflictException(sessionId, expectedVersion, -1);
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + schema.messages
                    + " (session_id, seq, message) VALUES (?, ?, ?)")) {
                for (int i = 0; i < batch.size(); i++) {
                    insert.setString(1, sessionId);
                    insert.setLong(2, expectedVersion + i);
                    insert.setString(3, ChatMessageSerializer.messageToJson(batch.get(i)));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return next;
        });
    }

    /** Compare-and-set of the version row; creating it when the session is new. False when another writer won. */
    private boolean moveVersion(Connection connection, String sessionId, long expected, long next) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + schema.sessions
                + " SET version = ? WHERE session_id = ? AND version = ?")) {
            update.setLong(1, next);
            update.setString(2, sessionId);
            update.setLong(3, expected);
            if (update.executeUpdate() == 1) {
                return true;
            }
        }
        return expected == 0 && insertSession(connection, sessionId, next);
    }

    /** Inserts the version row; false if a concurrent writer inserted it first (a primary key violation). */
    private boolean insertSession(Connection connection, String sessionId, long version) throws SQLException {
        if (exists(connection, sessionId)) {
            return false;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + schema.sessions
                + " (session_id, version) VALUES (?, ?)")) {
            insert.setString(1, sessionId);
            insert.setLong(2, version);
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    /** SQLSTATE class 23 is an integrity violation (PostgreSQL, H2); the SQLite driver reports SQLITE_CONSTRAINT. */
    private static boolean isUniqueViolation(SQLException e) {
        String state = e.getSQLState();
        return (state != null && state.startsWith("23")) || e.getErrorCode() == 19
                || String.valueOf(e.getMessage()).contains("SQLITE_CONSTRAINT");
    }

    @Override
    public long version(String sessionId) {
        SessionIds.check(sessionId);
        return inTransaction("read", connection -> version(connection, sessionId));
    }

    @Override
    public Map<String, String> state(String sessionId) {
        SessionIds.check(sessionId);
        return inTransaction("read state of", connection -> Map.copyOf(state(connection, sessionId)));
    }

    @Override
    public void putState(String sessionId, String key, String json) {
        SessionIds.check(sessionId);
        SessionIds.checkKey(key);
        Objects.requireNonNull(json, "json");
        try {
            upsertState(sessionId, key, json);
        } catch (StoreException e) {
            if (!(e.getCause() instanceof SQLException sql && isUniqueViolation(sql))) {
                throw e;
            }
            upsertState(sessionId, key, json); // a concurrent writer inserted the key first: now it is an update
        }
    }

    private void upsertState(String sessionId, String key, String json) {
        inTransaction("write state of", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE " + schema.state
                    + " SET state_value = ? WHERE session_id = ? AND state_key = ?")) {
                update.setString(1, json);
                update.setString(2, sessionId);
                update.setString(3, key);
                if (update.executeUpdate() == 1) {
                    return null;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + schema.state
                    + " (session_id, state_key, state_value) VALUES (?, ?, ?)")) {
                insert.setString(1, sessionId);
                insert.setString(2, key);
                insert.setString(3, json);
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void removeState(String sessionId, String key) {
        SessionIds.check(sessionId);
        SessionIds.checkKey(key);
        inTransaction("remove state of", connection -> {
            execute(connection, "DELETE FROM " + schema.state + " WHERE session_id = ? AND state_key = ?", sessionId, key);
            return null;
        });
    }

    @Override
    public void delete(String sessionId) {
        SessionIds.check(sessionId);
        inTransaction("delete", connection -> {
            execute(connection, "DELETE FROM " + schema.messages + " WHERE session_id = ?", sessionId);
            execute(connection, "DELETE FROM " + schema.state + " WHERE session_id = ?", sessionId);
            execute(connection, "DELETE FROM " + schema.sessions + " WHERE session_id = ?", sessionId);
            return null;
        });
    }

    @Override
    public List<String> sessions() {
        return inTransaction("list", connection -> {
            Set<String> ids = new LinkedHashSet<>();
            for (String sql : List.of("SELECT session_id FROM " + schema.sessions + " WHERE version > 0",
                    "SELECT DISTINCT session_id FROM " + schema.state)) {
                try (PreparedStatement select = connection.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getString(1));
                    }
                }
            }
            return List.copyOf(ids);
        });
    }

    private long version(Connection connection, String sessionId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT version FROM " + schema.sessions
                + " WHERE session_id = ?")) {
            select.setString(1, sessionId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }

    private boolean exists(Connection connection, String sessionId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM " + schema.sessions
                + " WHERE session_id = ?")) {
            select.setString(1, sessionId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    private Map<String, String> state(Connection connection, String sessionId) throws SQLException {
        Map<String, String> state = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT state_key, state_value FROM "
                + schema.state + " WHERE session_id = ?")) {
            select.setString(1, sessionId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    state.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return state;
    }

    private static void execute(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private <T> T inTransaction(String what, SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot " + what + " conversation in " + schema.sessions + ": " + e.getMessage(), e);
        }
    }

    /** A unit of work inside one transaction. */
    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
