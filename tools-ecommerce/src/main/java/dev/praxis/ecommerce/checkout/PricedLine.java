package dev.praxis.ecommerce.checkout;

import dev.praxis.ecommerce.money.Money;
import dev.praxis.tool.UntrustedText;

/**
 * A cart line with its money worked out.
 *
 * @param lineId    cart line id
 * @param sku       variant
 * @param title     product title
 * @param quantity  units
 * @param unitPrice price of one unit
 * @param subtotal  quantity x unit price
 * @param discount  discounts allocated to the line
 * @param tax       tax on subtotal - discount, rounded half-up per line
 * @param total     subtotal - discount + tax
 */
public record PricedLine(String lineId, String sku, String title, int quantity, Money unitPrice, Money subtotal,
                         Money discount, Money tax, Money total) {

    /**
     * Cleans the merchant's title.
     *
     * @param lineId cart line id
     * @param sku variant
     * @param title product title
     * @param quantity units
     * @param unitPrice price of one unit
     * @param subtotal quantity x unit price
     * @param discount discounts allocated to the line
     * @param tax tax on subtotal - discount, rounded half-up per line
     * @param total subtotal - discount + tax
     */
    public PricedLine {
        // The merchant's title, shown to models by price_cart and prepare_checkout.
        title = UntrustedText.cleanOrNull(title);
    }
}
