package dev.praxis.ecommerce.catalog;

import java.util.List;
import java.util.Optional;

/**
 * Where products, live stock and policy documents come from. Implementations: {@link InMemoryProductRepository}
 * (the default, loaded from the embedded catalogue) and {@link JdbcProductRepository}. All pass the same
 * contract tests.
 */
public interface ProductRepository {

    /**
     * Every product, in id order.
     *
     * @return the products
     */
    List<Product> all();

    /**
     * The product with {@code productId}.
     *
     * @param productId the product's id
     * @return the product, or empty when there is none
     */
    Optional<Product> find(String productId);

    /**
     * The product that owns variant {@code sku}.
     *
     * @param sku the variant's SKU
     * @return the product, or empty when no product has that SKU
     */
    Optional<Product> findBySku(String sku);

    /**
     * Units of {@code sku} on hand now.
     *
     * @param sku the variant's SKU
     * @return the units on hand
     * @throws IllegalArgumentException for an unknown SKU
     */
    int stock(String sku);

    /**
     * Takes {@code quantity} units of {@code sku} out of stock if that many are on hand, atomically.
     *
     * @param sku the variant's SKU
     * @param quantity the units to take, positive
     * @return false (and nothing changes) when fewer than {@code quantity} units are on hand
     */
    boolean reserve(String sku, int quantity);

    /**
     * Puts {@code quantity} units of {@code sku} back into stock (a cancelled order).
     *
     * @param sku the variant's SKU
     * @param quantity the units to put back, positive
     */
    void release(String sku, int quantity);

    /**
     * The store's policy documents.
     *
     * @return the policy documents
     */
    List<PolicyDocument> policies();
}
