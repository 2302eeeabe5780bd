package dev.praxis.ecommerce.checkout;

import dev.praxis.ecommerce.discount.DiscountEngine;
import dev.praxis.ecommerce.money.Money;

import java.util.List;

/**
 * Every figure of a priced cart, all exact minor units: {@code total = itemsSubtotal - discountTotal + shipping
 * + taxTotal}, the discount allocations sum to each discount, and line taxes sum to the tax lines.
 *
 * @param lines           priced lines
 * @param itemsSubtotal   sum of quantity x unit price
 * @param discounts       applied codes with their allocations
 * @param discountTotal   sum of discounts on items
 * @param shippingOption  chosen option id, or null when no address was given
 * @param shipping        shipping charged, after a free-shipping code
 * @param taxLines        tax per jurisdiction
 * @param taxTotal        sum of tax lines
 * @param total           what the shopper pays
 * @param notes           things the shopper should know (dropped codes, missing address)
 */
public record PriceBreakdown(List<PricedLine> lines, Money itemsSubtotal, List<DiscountEngine.Applied> discounts,
                             Money discountTotal, String shippingOption, Money shipping, List<TaxLine> taxLines,
                             Money taxTotal, Money total, List<String> notes) {

    /**
     * Tax charged in one jurisdiction.
     *
     * @param jurisdiction e.g. {@code US-CA}
     * @param ratePercent  rate in percent
     * @param taxable      amount taxed
     * @param amount       tax
     */
    public record TaxLine(String jurisdiction, java.math.BigDecimal ratePercent, Money taxable, Money amount) {
    }

    /**
     * Copies the lists.
     *
     * @param lines priced lines
     * @param itemsSubtotal sum of quantity x unit price
     * @param discounts applied codes with their allocations
     * @param discountTotal sum of discounts on items
     * @param shippingOption chosen option id, or null when no address was given
     * @param shipping shipping charged, after a free-shipping code
     * @param taxLines tax per jurisdiction
     * @param taxTotal sum of tax lines
     * @param total what the shopper pays
     * @param notes things the shopper should know (dropped codes, missing address)
     */
    public PriceBreakdown {
        lines = List.copyOf(lines);
        discounts = List.copyOf(discounts);
        taxLines = List.copyOf(taxLines);
        notes = List.copyOf(notes);
    }
}
