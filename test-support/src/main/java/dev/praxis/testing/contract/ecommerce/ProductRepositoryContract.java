package dev.praxis.testing.contract.ecommerce;

import dev.praxis.ecommerce.catalog.CatalogData;
import dev.praxis.ecommerce.catalog.PolicyDocument;
import dev.praxis.ecommerce.catalog.Product;
import dev.praxis.ecommerce.catalog.ProductRepository;
import dev.praxis.ecommerce.catalog.Variant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The behaviour every {@link ProductRepository} must have, run against the embedded catalogue. A repository's test
 * extends this class and returns a fresh repository loaded with {@link #DATA}.
 */
public abstract class ProductRepositoryContract {

    /** The catalogue every test expects the repository to hold (the pack's embedded one). */
    protected static final CatalogData DATA = CatalogData.embedded();

    /**
     * Makes the repository under test.
     *
     * @return a repository holding exactly {@link #DATA}, fresh for each test
     */
    protected abstract ProductRepository repository();

    @Test
    void returnsEveryProductInIdOrderEqualToTheSource() {
        ProductRepository repo = repository();
        assertThat(repo.all()).hasSize(DATA.products().size());
        assertThat(repo.all()).usingRecursiveComparison().isEqualTo(
                DATA.products().stream().sorted(java.util.Comparator.comparing(Product::id)).toList());
    }

    @Test
    void findsProductsByIdAndBySku() {
        ProductRepository repo = repository();
        Product injected = DATA.products().stream().filter(p -> p.id().equals("P0009")).findFirst().orElseThrow();
        assertThat(repo.find("P0009")).get().usingRecursiveComparison().isEqualTo(injected);
        assertThat(repo.findBySku(injected.variants().get(1).sku())).get().extracting(Product::id).isEqualTo("P0009");
        assertThat(repo.find("P9999")).isEmpty();
        assertThat(repo.findBySku("nope")).isEmpty();
    }

    @Test
    void reservesStockAtomicallyAndNeverBelowZero() {
        ProductRepository repo = repository();
        Variant v = DATA.products().stream().flatMap(p -> p.variants().stream()).filter(x -> x.stock() >= 3)
                .findFirst().orElseThrow();
        assertThat(repo.reserve(v.sku(), 2)).isTrue();
        assertThat(repo.stock(v.sku())).isEqualTo(v.stock() - 2);
        assertThat(repo.reserve(v.sku(), v.stock())).isFalse();
        assertThat(repo.stock(v.sku())).isEqualTo(v.stock() - 2);
        repo.release(v.sku(), 2);
        assertThat(repo.stock(v.sku())).isEqualTo(v.stock());
        assertThatThrownBy(() -> repo.stock("nope")).hasMessageContaining("unknown sku nope");
        assertThatThrownBy(() -> repo.reserve(v.sku(), 0)).hasMessageContaining("quantity must be > 0");
    }

    @Test
    void servesThePolicyDocuments() {
        assertThat(repository().policies()).extracting(PolicyDocument::id)
                .containsExactlyInAnyOrderElementsOf(DATA.policies().stream().map(PolicyDocument::id).toList());
    }
}
