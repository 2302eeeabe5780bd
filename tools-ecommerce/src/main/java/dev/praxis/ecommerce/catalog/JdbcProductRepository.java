package dev.praxis.ecommerce.catalog;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A repository over four tables reached through plain {@code java.sql} (tested on PostgreSQL and H2). Table
 * names start with a prefix so several catalogues can share a schema; variant options are stored as rows.
 * Stock is reserved with one conditional {@code UPDATE}, so two checkouts can never take the same last unit.
 *
 * <pre>{@code
 * JdbcProductRepository repo = new JdbcProductRepository(dataSource, "shop_");
 * repo.createTables();
 * repo.insert(CatalogData.embedded());
 * }</pre>
 */
public final class JdbcProductRepository implements ProductRepository {

    private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,30}");

    private final DataSource dataSource;
    private final JdbcSchema schema;

    /**
     * @param dataSource  where connections come from
     * @param tablePrefix lower-case letters, digits and underscores, e.g. {@code shop_}
     */
    public JdbcProductRepository(DataSource dataSource, String tablePrefix) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        if (tablePrefix == null || !PREFIX.matcher(tablePrefix).matches()) {
            throw new IllegalArgumentException("tablePrefix must match " + PREFIX + ", got " + tablePrefix);
        }
        this.schema = new JdbcSchema(tablePrefix);
    }

    /** Creates the tables if they do not exist. */
    public void createTables() {
        run(c -> {
            try (Statement s = c.createStatement()) {
                for (String ddl : schema.createStatements()) {
                    s.execute(ddl);
                }
            }
            return null;
        });
    }

    /** Drops the tables if they exist. */
    public void dropTables() {
        run(c -> {
            try (Statement s = c.createStatement()) {
                for (String ddl : schema.dropStatements()) {
                    s.execute(ddl);
                }
            }
            return null;
        });
    }

    /**
     * Inserts every product, variant, option, review and policy of {@code data} in one transaction.
     *
     * @param data the catalogue to insert
     */
    public void insert(CatalogData data) {
        run(c -> {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                new JdbcCatalogWriter(c, schema).write(data);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
            return null;
        });
    }

    @Override
    public List<Product> all() {
        return run(c -> new JdbcCatalogReader(c, schema).products(null));
    }

    @Override
    public Optional<Product> find(String productId) {
        return run(c -> new JdbcCatalogReader(c, schema).products(productId)).stream().findFirst();
    }

    @Override
    public Optional<Product> findBySku(String sku) {
        String id = run(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT product_id FROM " + schema.variant() + " WHERE sku = ?")) {
                ps.setString(1, sku);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
        return id == null ? Optional.empty() : find(id);
    }

    @Override
    public int stock(String sku) {
        Integer units = run(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT stock FROM " + schema.variant() + " WHERE sku = ?")) {
                ps.setString(1, sku);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : null;
                }
            }
        });
        if (units == null) {
            throw new IllegalArgumentException("unknown sku " + sku);
        }
        return units;
    }

    @Override
    public boolean reserve(String sku, int quantity) {
        requirePositive(quantity);
        stock(sku);
        return update("UPDATE " + schema.variant() + " SET stock = stock - ? WHERE sku = ? AND stock >= ?",
                quantity, sku) == 1;
    }

    @Override
    public void release(String sku, int quantity) {
        requirePositive(quantity);
        stock(sku);
        update("UPDATE " + schema.variant() + " SET stock = stock + ? WHERE sku = ?", quantity, sku);
    }

    @Override
    public List<PolicyDocument> policies() {
        return run(c -> {
            List<PolicyDocument> docs = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, title, body FROM " + schema.policy() + " ORDER BY id")) {
                while (rs.next()) {
                    docs.add(new PolicyDocument(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            return docs;
        });
    }

    private int update(String sql, int quantity, String sku) {
        return run(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setInt(1, quantity);
                ps.setString(2, sku);
                if (sql.chars().filter(ch -> ch == '?').count() == 3) {
                    ps.setInt(3, quantity);
                }
                return ps.executeUpdate();
            }
        });
    }

    private static void requirePositive(int quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be > 0, got " + quantity);
        }
    }

    private interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    private <T> T run(SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.apply(c);
        } catch (SQLException e) {
            throw new CatalogStoreException("catalogue database error: " + e.getMessage(), e);
        }
    }
}
