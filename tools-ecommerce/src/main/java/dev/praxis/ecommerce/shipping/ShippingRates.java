package dev.praxis.ecommerce.shipping;

import dev.praxis.ecommerce.money.Money;
import dev.praxis.tool.ToolException;

import java.util.List;

/**
 * The store's shipping price list (USD), as published in the shipping policy: US standard 5.99 and free from
 * 75.00 of items after discounts, US express 14.99, international standard 24.99 and no express abroad.
 */
public final class ShippingRates {

    static final Money FREE_FROM = Money.of(7500, "USD");

    /**
     * Options for shipping goods worth {@code discountedItems} to {@code to}.
     *
     * @param to the destination
     * @param discountedItems the items' value after discounts
     * @return the shipping options and prices
     */
    public List<ShippingQuote> quote(Address to, Money discountedItems) {
        Money zero = Money.zero(discountedItems.currency());
        if (!to.country().equals("US")) {
            return List.of(new ShippingQuote("standard", "International standard", Money.of(2499, "USD"), 7, 14));
        }
        Money standard = discountedItems.compareTo(FREE_FROM) >= 0 ? zero : Money.of(599, "USD");
        return List.of(new ShippingQuote("standard", "Standard ground", standard, 3, 6),
                new ShippingQuote("express", "Express air", Money.of(1499, "USD"), 1, 2));
    }

    /**
     * The quote for {@code option}.
     *
     * @param to the destination
     * @param discountedItems the items' value after discounts
     * @param option the option's id
     * @return the quote
     * @throws ToolException when the option does not exist for that destination
     */
    public ShippingQuote select(Address to, Money discountedItems, String option) {
        List<ShippingQuote> quotes = quote(to, discountedItems);
        return quotes.stream().filter(q -> q.option().equalsIgnoreCase(option)).findFirst()
                .orElseThrow(() -> new ToolException("shipping_option '" + option + "' is not available to "
                        + to.country() + "; choose one of " + quotes.stream().map(ShippingQuote::option).toList()));
    }
}
