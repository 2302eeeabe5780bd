package dev.praxis.ecommerce.order;

import dev.praxis.ecommerce.money.Money;
import dev.praxis.tool.UntrustedText;

/**
 * A line of a placed order with what was paid for it.
 *
 * @param lineId    line id carried over from the cart
 * @param sku       variant bought
 * @param productId product
 * @param title     product title
 * @param category  product category (decides return windows and exclusions)
 * @param finalSale whether the product was sold as final sale
 * @param quantity  units bought
 * @param unitPrice price of one unit
 * @param discount  discounts allocated to this line
 * @param tax       tax charged on this line
 * @param paid      quantity x unit price - discount + tax
 */
public record OrderLine(String lineId, String sku, String productId, String title, String category, boolean finalSale,
                        int quantity, Money unitPrice, Money discount, Money tax, Money paid) {

    /**
     * Cleans the merchant's title and category.
     *
     * @param lineId line id carried over from the cart
     * @param sku variant bought
     * @param productId product
     * @param title product title
     * @param category product category (decides return windows and exclusions)
     * @param finalSale whether the product was sold as final sale
     * @param quantity units bought
     * @param unitPrice price of one unit
     * @param discount discounts allocated to this line
     * @param tax tax charged on this line
     * @param paid quantity x unit price - discount + tax
     */
    public OrderLine {
        // The merchant's title, shown to models by get_order.
        title = UntrustedText.cleanOrNull(title);
        category = UntrustedText.cleanOrNull(category);
    }
}
