package dev.praxis.records;

import dev.praxis.internal.sql.SchemaCreation;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one table of {@link JdbcRecordStore}, {@code <prefix>records}. The dialect differences that matter: the long
 * text type ({@code TEXT} on PostgreSQL and SQLite, {@code CLOB} elsewhere, as in H2) and, on PostgreSQL, the
 * {@code "C"} collation on {@code id}, so that paging orders ids as Java's {@code String} does rather than by the
 * database's locale (H2 and SQLite compare the ASCII ids bytewise already).
 */
final class RecordTable {

    private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,30}");

    final String name;

    RecordTable(String tablePrefix) {
        if (!PREFIX.matcher(tablePrefix).matches()) {
            throw new IllegalArgumentException("tablePrefix must match " + PREFIX + ", got '" + tablePrefix + "'");
        }
        this.name = tablePrefix + "records";
    }

    static boolean isPostgres(Connection connection) throws SQLException {
        return SchemaCreation.isPostgres(connection);
    }

    /** Creates the table if absent, safely when several processes start at once ({@link SchemaCreation}). */
    void create(Connection connection) throws SQLException {
        boolean postgres = SchemaCreation.isPostgres(connection);
        String product = SchemaCreation.product(connection);
        String text = postgres || product.contains("sqlite") ? "TEXT" : "CLOB";
        SchemaCreation.create(connection, name, List.of("CREATE TABLE IF NOT EXISTS " + name
                + " (kind VARCHAR(63) NOT NULL, id VARCHAR(100)" + (postgres ? " COLLATE \"C\"" : "") + " NOT NULL,"
                + " version BIGINT NOT NULL, doc " + text + ", updated_at BIGINT NOT NULL, PRIMARY KEY (kind, id))"));
    }
}
