package dev.praxis.ecommerce.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

/** Writes a {@link CatalogData} with batched inserts on one connection (the caller owns the transaction). */
final class JdbcCatalogWriter {

    private final Connection c;
    private final JdbcSchema schema;

    JdbcCatalogWriter(Connection c, JdbcSchema schema) {
        this.c = c;
        this.schema = schema;
    }

    void write(CatalogData data) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO " + schema.product() + " VALUES (?,?,?,?,?,?,?,?,?)");
             PreparedStatement v = c.prepareStatement("INSERT INTO " + schema.variant() + " VALUES (?,?,?,?,?,?)");
             PreparedStatement o = c.prepareStatement("INSERT INTO " + schema.option() + " VALUES (?,?,?)");
             PreparedStatement r = c.prepareStatement("INSERT INTO " + schema.review() + " VALUES (?,?,?,?,?)");
             PreparedStatement t = c.prepareStatement("INSERT INTO " + schema.tag() + " VALUES (?,?,?)")) {
            for (Product product : data.products()) {
                addProduct(p, product);
                for (int i = 0; i < product.variants().size(); i++) {
                    addVariant(v, o, product.id(), i, product.variants().get(i));
                }
                for (int i = 0; i < product.reviews().size(); i++) {
                    Review review = product.reviews().get(i);
                    r.setString(1, product.id());
                    r.setInt(2, i);
                    r.setString(3, review.author());
                    r.setInt(4, review.stars());
                    r.setString(5, review.text());
                    r.addBatch();
                }
                for (int i = 0; i < product.tags().size(); i++) {
                    t.setString(1, product.id());
                    t.setInt(2, i);
                    t.setString(3, product.tags().get(i));
                    t.addBatch();
                }
            }
            p.executeBatch();
            v.executeBatch();
            o.executeBatch();
            r.executeBatch();
            t.executeBatch();
        }
        writePolicies(data);
    }

    private static void addProduct(PreparedStatement p, Product product) throws SQLException {
        p.setString(1, product.id());
        p.setString(2, product.title());
        p.setString(3, product.brand());
        p.setString(4, product.category());
        p.setString(5, product.kind());
        p.setString(6, product.description());
        p.setBigDecimal(7, product.rating());
        p.setInt(8, product.ratingCount());
        p.setBoolean(9, product.finalSale());
        p.addBatch();
    }

    private static void addVariant(PreparedStatement v, PreparedStatement o, String productId, int position,
                                   Variant variant) throws SQLException {
        v.setString(1, variant.sku());
        v.setString(2, productId);
        v.setInt(3, position);
        v.setLong(4, variant.price().minor());
        v.setString(5, variant.price().currency().getCurrencyCode());
        v.setInt(6, variant.stock());
        v.addBatch();
        for (Map.Entry<String, String> option : variant.options().entrySet()) {
            o.setString(1, variant.sku());
            o.setString(2, option.getKey());
            o.setString(3, option.getValue());
            o.addBatch();
        }
    }

    private void writePolicies(CatalogData data) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + schema.policy() + " VALUES (?,?,?)")) {
            for (PolicyDocument doc : data.policies()) {
                ps.setString(1, doc.id());
                ps.setString(2, doc.title());
                ps.setString(3, doc.text());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
