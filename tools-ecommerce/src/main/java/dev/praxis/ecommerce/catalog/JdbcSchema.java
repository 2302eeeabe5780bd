package dev.praxis.ecommerce.catalog;

import java.util.List;

/** Table names and DDL for {@link JdbcProductRepository}; portable SQL (PostgreSQL, H2). */
record JdbcSchema(String prefix) {

    String product() {
        return prefix + "product";
    }

    String variant() {
        return prefix + "variant";
    }

    String option() {
        return prefix + "variant_option";
    }

    String review() {
        return prefix + "review";
    }

    String tag() {
        return prefix + "tag";
    }

    String policy() {
        return prefix + "policy";
    }

    List<String> createStatements() {
        return List.of(
                "CREATE TABLE IF NOT EXISTS " + product() + " (id VARCHAR(64) PRIMARY KEY, title VARCHAR(300) NOT NULL,"
                        + " brand VARCHAR(100) NOT NULL, category VARCHAR(100) NOT NULL, kind VARCHAR(100) NOT NULL,"
                        + " description TEXT NOT NULL, rating NUMERIC(2,1) NOT NULL, rating_count INTEGER NOT NULL,"
                        + " final_sale BOOLEAN NOT NULL)",
                "CREATE TABLE IF NOT EXISTS " + variant() + " (sku VARCHAR(64) PRIMARY KEY,"
                        + " product_id VARCHAR(64) NOT NULL REFERENCES " + product() + "(id), position INTEGER NOT NULL,"
                        + " price_minor BIGINT NOT NULL CHECK (price_minor >= 0), currency CHAR(3) NOT NULL,"
                        + " stock INTEGER NOT NULL CHECK (stock >= 0))",
                "CREATE TABLE IF NOT EXISTS " + option() + " (sku VARCHAR(64) NOT NULL REFERENCES " + variant() + "(sku),"
                        + " name VARCHAR(50) NOT NULL, val VARCHAR(100) NOT NULL, PRIMARY KEY (sku, name))",
                "CREATE TABLE IF NOT EXISTS " + review() + " (product_id VARCHAR(64) NOT NULL REFERENCES " + product()
                        + "(id), position INTEGER NOT NULL, author VARCHAR(100) NOT NULL, stars INTEGER NOT NULL,"
                        + " body TEXT NOT NULL, PRIMARY KEY (product_id, position))",
                "CREATE TABLE IF NOT EXISTS " + tag() + " (product_id VARCHAR(64) NOT NULL REFERENCES " + product()
                        + "(id), position INTEGER NOT NULL, tag VARCHAR(100) NOT NULL, PRIMARY KEY (product_id, position))",
                "CREATE TABLE IF NOT EXISTS " + policy() + " (id VARCHAR(64) PRIMARY KEY, title VARCHAR(300) NOT NULL,"
                        + " body TEXT NOT NULL)");
    }

    List<String> dropStatements() {
        return List.of(option(), review(), tag(), variant(), product(), policy()).stream()
                .map(t -> "DROP TABLE IF EXISTS " + t).toList();
    }
}
