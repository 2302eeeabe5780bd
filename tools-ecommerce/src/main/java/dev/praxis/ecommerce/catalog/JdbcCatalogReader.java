package dev.praxis.ecommerce.catalog;

import dev.praxis.ecommerce.money.Money;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads products (all, or one by id) with their variants, options, tags and reviews in five queries. */
final class JdbcCatalogReader {

    private final Connection c;
    private final JdbcSchema schema;

    JdbcCatalogReader(Connection c, JdbcSchema schema) {
        this.c = c;
        this.schema = schema;
    }

    /** Products in id order; only {@code productId} when it is not null. */
    List<Product> products(String productId) throws SQLException {
        String where = productId == null ? "" : " WHERE product_id = ?";
        Map<String, Map<String, String>> options = new HashMap<>();
        query("SELECT o.sku, o.name, o.val FROM " + schema.option() + " o JOIN " + schema.variant()
                + " v ON v.sku = o.sku" + (productId == null ? "" : " WHERE v.product_id = ?"), productId, rs ->
                options.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3)));
        Map<String, List<Variant>> variants = new HashMap<>();
        query("SELECT product_id, sku, price_minor, currency, stock FROM " + schema.variant() + where
                + " ORDER BY product_id, position", productId, rs -> variants.computeIfAbsent(rs.getString(1),
                k -> new ArrayList<>()).add(new Variant(rs.getString(2), options.get(rs.getString(2)),
                Money.of(rs.getLong(3), rs.getString(4)), rs.getInt(5))));
        Map<String, List<Review>> reviews = new HashMap<>();
        query("SELECT product_id, author, stars, body FROM " + schema.review() + where + " ORDER BY product_id, position",
                productId, rs -> reviews.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new Review(rs.getString(2), rs.getInt(3), rs.getString(4))));
        Map<String, List<String>> tags = new HashMap<>();
        query("SELECT product_id, tag FROM " + schema.tag() + where + " ORDER BY product_id, position", productId,
                rs -> tags.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)));
        List<Product> products = new ArrayList<>();
        query("SELECT id, title, brand, category, kind, description, rating, rating_count, final_sale FROM "
                + schema.product() + (productId == null ? "" : " WHERE id = ?") + " ORDER BY id", productId, rs -> {
                    String id = rs.getString(1);
                    products.add(new Product(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), tags.get(id), rs.getBigDecimal(7).setScale(1), rs.getInt(8),
                            rs.getBoolean(9), variants.get(id), reviews.get(id)));
                });
        return products;
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, String productId, RowReader reader) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (productId != null) {
                ps.setString(1, productId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }
}
