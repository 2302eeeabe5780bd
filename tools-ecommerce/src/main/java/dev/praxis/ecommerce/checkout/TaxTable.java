package dev.praxis.ecommerce.checkout;

import dev.praxis.ecommerce.shipping.Address;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Sales tax and VAT rates by destination, charged on the discounted price of items (shipping is not taxed).
 * Illustrative rates for the demo store, not tax advice: US-CA 7.25 %, US-NY 4 %, US-TX 6.25 %, US-WA 6.5 %,
 * US-OR 0 %, other US states 5 %; GB 20 %, DE 19 %, FR 20 %, other countries 0 % (duties collected on
 * delivery).
 */
public final class TaxTable {

    /** A rate for a jurisdiction. */
    public record Rate(String jurisdiction, BigDecimal percent) {
    }

    private static final Map<String, String> RATES = Map.of("US-CA", "7.25", "US-NY", "4", "US-TX", "6.25",
            "US-WA", "6.5", "US-OR", "0", "GB", "20", "DE", "19", "FR", "20");

    /** The rate for {@code to}. */
    public Rate rate(Address to) {
        String jurisdiction = to.jurisdiction();
        String percent = RATES.get(jurisdiction);
        if (percent == null) {
            percent = to.country().equals("US") ? "5" : "0";
        }
        return new Rate(jurisdiction, new BigDecimal(percent));
    }
}
