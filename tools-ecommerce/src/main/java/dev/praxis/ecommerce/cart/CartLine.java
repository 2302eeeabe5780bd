package dev.praxis.ecommerce.cart;

import dev.praxis.ecommerce.money.Money;

import dev.praxis.tool.UntrustedText;

import java.util.Map;

/**
 * A quantity of one variant in a cart, at the unit price the catalogue had when it was added or last changed.
 *
 * @param lineId    stable id within the cart, e.g. {@code L1}
 * @param sku       the variant
 * @param productId the product owning the variant
 * @param title     product title
 * @param category  product category (for category-scoped discounts)
 * @param options   variant options
 * @param quantity  at least 1
 * @param unitPrice price of one unit
 */
public record CartLine(String lineId, String sku, String productId, String title, String category,
                       Map<String, String> options, int quantity, Money unitPrice) {

    /**
     * Cleans the merchant's title, category and options.
     *
     * @param lineId stable id within the cart, e.g. {@code L1}
     * @param sku the variant
     * @param productId the product owning the variant
     * @param title product title
     * @param category product category (for category-scoped discounts)
     * @param options variant options
     * @param quantity at least 1
     * @param unitPrice price of one unit
     */
    public CartLine {
        // The title and options are the merchant's text, copied when the line was added: shown to models by
        // view_cart, price_cart, prepare_checkout and get_order.
        title = UntrustedText.clean(title);
        category = UntrustedText.clean(category);
        options = options.entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                e -> UntrustedText.clean(e.getKey()), e -> UntrustedText.clean(e.getValue())));
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be >= 1, got " + quantity);
        }
    }

    /**
     * Unit price times quantity.
     *
     * @return the line's amount, in the cart's currency
     */
    public Money amount() {
        return unitPrice.times(quantity);
    }

    CartLine withQuantity(int newQuantity, Money newUnitPrice) {
        return new CartLine(lineId, sku, productId, title, category, options, newQuantity, newUnitPrice);
    }
}
