package dev.praxis.ecommerce.search;

import dev.praxis.ecommerce.catalog.Product;
import dev.praxis.ecommerce.catalog.Variant;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * Restrictions every hit must meet; absent fields do not restrict. A product passes the price range and the
 * stock test when at least one of its variants does (and, with both, the same variant).
 *
 * @param category    category name, case-insensitive
 * @param brand       brand name, case-insensitive
 * @param minPriceMinor lowest unit price in minor units, inclusive
 * @param maxPriceMinor highest unit price in minor units, inclusive
 * @param inStockOnly only variants with stock on hand
 * @param minRating   lowest average rating, inclusive
 */
public record SearchFilter(Optional<String> category, Optional<String> brand, Optional<Long> minPriceMinor,
                           Optional<Long> maxPriceMinor, boolean inStockOnly, Optional<BigDecimal> minRating) {

    /**
     * No restriction.
     *
     * @return the empty filter
     */
    public static SearchFilter none() {
        return new SearchFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false,
                Optional.empty());
    }

    /**
     * Whether this filter lets every product through.
     *
     * @return true when nothing is restricted
     */
    public boolean isNone() {
        return category.isEmpty() && brand.isEmpty() && minPriceMinor.isEmpty() && maxPriceMinor.isEmpty() && !inStockOnly
                && minRating.isEmpty();
    }

    /**
     * Whether {@code product} passes, reading live stock from {@code stock}.
     *
     * @param product the product to test
     * @param stock units on hand by SKU
     * @return true when the product passes every restriction
     */
    public boolean test(Product product, ToIntFunction<String> stock) {
        if (category.isPresent() && !product.category().toLowerCase(Locale.ROOT)
                .equals(category.get().toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (brand.isPresent() && !product.brand().equalsIgnoreCase(brand.get())) {
            return false;
        }
        if (minRating.isPresent() && product.rating().compareTo(minRating.get()) < 0) {
            return false;
        }
        for (Variant v : product.variants()) {
            if (priceOk(v) && (!inStockOnly || stock.applyAsInt(v.sku()) > 0)) {
                return true;
            }
        }
        return false;
    }

    private boolean priceOk(Variant v) {
        long price = v.price().minor();
        return minPriceMinor.map(min -> price >= min).orElse(true) && maxPriceMinor.map(max -> price <= max).orElse(true);
    }
}
