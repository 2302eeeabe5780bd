package dev.praxis.ecommerce.catalog;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A thread-safe repository over a {@link CatalogData} held in memory; stock changes live in memory only.
 *
 * <pre>{@code
 * ProductRepository repo = InMemoryProductRepository.embedded();
 * }</pre>
 */
public final class InMemoryProductRepository implements ProductRepository {

    private final Map<String, Product> byId;
    private final Map<String, Product> bySku;
    private final Map<String, Integer> stock = new ConcurrentHashMap<>();
    private final List<Product> all;
    private final List<PolicyDocument> policies;

    private InMemoryProductRepository(CatalogData data) {
        Map<String, Product> ids = new LinkedHashMap<>();
        Map<String, Product> skus = new HashMap<>();
        List<Product> sorted = data.products().stream().sorted(Comparator.comparing(Product::id)).toList();
        for (Product p : sorted) {
            ids.put(p.id(), p);
            p.variants().forEach(v -> {
                skus.put(v.sku(), p);
                stock.put(v.sku(), v.stock());
            });
        }
        this.byId = ids;
        this.bySku = skus;
        this.all = sorted;
        this.policies = data.policies();
    }

    /**
     * A repository over {@code data}.
     *
     * @param data the catalogue to serve
     * @return the repository
     */
    public static InMemoryProductRepository of(CatalogData data) {
        return new InMemoryProductRepository(data);
    }

    /**
     * A repository over the embedded demo catalogue.
     *
     * @return the repository
     */
    public static InMemoryProductRepository embedded() {
        return of(CatalogData.embedded());
    }

    @Override
    public List<Product> all() {
        return all;
    }

    @Override
    public Optional<Product> find(String productId) {
        return Optional.ofNullable(byId.get(productId));
    }

    @Override
    public Optional<Product> findBySku(String sku) {
        return Optional.ofNullable(bySku.get(sku));
    }

    @Override
    public int stock(String sku) {
        Integer units = stock.get(sku);
        if (units == null) {
            throw new IllegalArgumentException("unknown sku " + sku);
        }
        return units;
    }

    @Override
    public boolean reserve(String sku, int quantity) {
        requirePositive(quantity);
        stock(sku);
        boolean[] taken = {false};
        stock.computeIfPresent(sku, (k, units) -> {
            if (units >= quantity) {
                taken[0] = true;
                return units - quantity;
            }
            return units;
        });
        return taken[0];
    }

    @Override
    public void release(String sku, int quantity) {
        requirePositive(quantity);
        stock(sku);
        stock.merge(sku, quantity, Integer::sum);
    }

    @Override
    public List<PolicyDocument> policies() {
        return policies;
    }

    private static void requirePositive(int quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be > 0, got " + quantity);
        }
    }
}
