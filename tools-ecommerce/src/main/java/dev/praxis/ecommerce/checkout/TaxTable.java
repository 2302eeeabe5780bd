package dev.praxis.ecommerce.checkout;

import dev.praxis.ecommerce.shipping.Address;
import dev.praxis.tool.ToolException;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Sales tax and VAT rates by destination, charged on the discounted price of items (shipping is not taxed).
 * Sample data for the demo store, not tax advice. There is one rate per jurisdiction the store ships to and
 * no default: an address without a rate here is refused, never taxed at a guess.
 *
 * <p>US: the statewide base rate of every state and DC, as in the Tax Foundation's "State and Local Sales Tax
 * Rates, 2025" (rates as of 1 January 2025); local (county, city, district) rates are deliberately left out,
 * so real totals in most places are higher. Alaska, Delaware, Montana, New Hampshire and Oregon have no
 * statewide sales tax (0). Utah's 6.1 and Virginia's 5.3 include their statewide local add-ons, as the Tax
 * Foundation's table does. The figures were transcribed from that table and not re-checked against each
 * state's revenue department. Abroad: the standard VAT rates of the United Kingdom (20), Germany (19) and
 * France (20).
 */
public final class TaxTable {

    /** A rate for a jurisdiction. */
    public record Rate(String jurisdiction, BigDecimal percent) {
    }

    private static final Map<String, String> RATES = Map.ofEntries(
            Map.entry("US-AL", "4"), Map.entry("US-AK", "0"), Map.entry("US-AZ", "5.6"), Map.entry("US-AR", "6.5"),
            Map.entry("US-CA", "7.25"), Map.entry("US-CO", "2.9"), Map.entry("US-CT", "6.35"), Map.entry("US-DE", "0"),
            Map.entry("US-DC", "6"), Map.entry("US-FL", "6"), Map.entry("US-GA", "4"), Map.entry("US-HI", "4"),
            Map.entry("US-ID", "6"), Map.entry("US-IL", "6.25"), Map.entry("US-IN", "7"), Map.entry("US-IA", "6"),
            Map.entry("US-KS", "6.5"), Map.entry("US-KY", "6"), Map.entry("US-LA", "5"), Map.entry("US-ME", "5.5"),
            Map.entry("US-MD", "6"), Map.entry("US-MA", "6.25"), Map.entry("US-MI", "6"), Map.entry("US-MN", "6.875"),
            Map.entry("US-MS", "7"), Map.entry("US-MO", "4.225"), Map.entry("US-MT", "0"), Map.entry("US-NE", "5.5"),
            Map.entry("US-NV", "6.85"), Map.entry("US-NH", "0"), Map.entry("US-NJ", "6.625"), Map.entry("US-NM", "4.875"),
            Map.entry("US-NY", "4"), Map.entry("US-NC", "4.75"), Map.entry("US-ND", "5"), Map.entry("US-OH", "5.75"),
            Map.entry("US-OK", "4.5"), Map.entry("US-OR", "0"), Map.entry("US-PA", "6"), Map.entry("US-RI", "7"),
            Map.entry("US-SC", "6"), Map.entry("US-SD", "4.2"), Map.entry("US-TN", "7"), Map.entry("US-TX", "6.25"),
            Map.entry("US-UT", "6.1"), Map.entry("US-VT", "6"), Map.entry("US-VA", "5.3"), Map.entry("US-WA", "6.5"),
            Map.entry("US-WV", "6"), Map.entry("US-WI", "5"), Map.entry("US-WY", "4"),
            Map.entry("GB", "20"), Map.entry("DE", "19"), Map.entry("FR", "20"));

    /**
     * The rate for {@code to}.
     *
     * @param to the destination
     * @return the tax rate
     * @throws ToolException when the table has no rate for its jurisdiction (the store does not ship there)
     */
    public Rate rate(Address to) {
        String jurisdiction = to.jurisdiction();
        String percent = RATES.get(jurisdiction);
        if (percent == null) {
            throw new ToolException("address: no tax rate for " + jurisdiction + ", so the store cannot sell there; "
                    + "it ships to the 50 US states and DC, GB, DE and FR");
        }
        return new Rate(jurisdiction, new BigDecimal(percent));
    }
}
