package dev.praxis.ecommerce.catalog;

import dev.praxis.ecommerce.money.Money;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One purchasable version of a product: the SKU that goes into a cart.
 *
 * @param sku     stock keeping unit, e.g. {@code P0042-BLK-42}
 * @param options option name to value, e.g. {@code {"color": "black", "size": "42"}}
 * @param price   unit price
 * @param stock   units on hand when the catalogue was loaded (live stock comes from the repository)
 */
public record Variant(String sku, Map<String, String> options, Money price, int stock) {

    /**
     * Checks the SKU and price (not negative) and cleans the options.
     *
     * @param sku stock keeping unit, e.g. {@code P0042-BLK-42}
     * @param options option name to value, e.g. {@code {"color": "black", "size": "42"}}
     * @param price unit price
     * @param stock units on hand when the catalogue was loaded (live stock comes from the repository)
     */
    public Variant {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(price, "price");
        options = options == null ? Map.of() : java.util.Collections.unmodifiableMap(cleaned(options));
        if (price.isNegative()) {
            throw new IllegalArgumentException("variant " + sku + " has a negative price " + price);
        }
        if (stock < 0) {
            throw new IllegalArgumentException("variant " + sku + " has negative stock " + stock);
        }
    }

    private static TreeMap<String, String> cleaned(Map<String, String> options) {
        TreeMap<String, String> out = new TreeMap<>();
        options.forEach((name, value) -> out.put(UntrustedText.clean(name), UntrustedText.clean(value)));
        return out;
    }
}
