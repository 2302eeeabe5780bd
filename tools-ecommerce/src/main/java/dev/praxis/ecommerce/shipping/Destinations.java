package dev.praxis.ecommerce.shipping;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where the store ships: the United States (the 50 states and the District of Columbia) and, with
 * international standard shipping, the United Kingdom, Germany and France. Those are exactly the
 * jurisdictions the tax table has a rate for, so every accepted address is taxed at its own rate.
 *
 * <p>Region codes are the subdivision part of ISO 3166-2:US (the same two letters as the USPS state
 * abbreviations): 50 states, the district DC, and six outlying areas (AS, GU, MP, PR, UM, VI). The outlying
 * areas are recognised but not shipped to; military codes (AA, AE, AP) are not ISO codes and are refused.
 * Source: ISO 3166-2:US as listed by the ISO Online Browsing Platform (www.iso.org/obp, code US).
 */
final class Destinations {

    static final List<String> COUNTRIES = List.of("US", "GB", "DE", "FR");

    static final Set<String> US_STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA",
            "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV",
            "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA",
            "WA", "WV", "WI", "WY");

    static final Set<String> US_OUTLYING_AREAS = Set.of("AS", "GU", "MP", "PR", "UM", "VI");

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    private Destinations() {
    }

    /** Why the store cannot ship to {@code country}, or empty text when it can. */
    static String countryProblem(String country) {
        if (country == null || !ISO_COUNTRIES.contains(country)) {
            return "address.country must be an ISO 3166-1 alpha-2 code, got " + country + "; the store ships to "
                    + COUNTRIES;
        }
        if (!COUNTRIES.contains(country)) {
            return "address.country: the store does not ship to " + country + "; it ships to " + COUNTRIES
                    + " only. Tell the shopper; do not substitute another address";
        }
        return "";
    }

    /** Why {@code region} is not a US destination, or empty text when it is one. */
    static String usRegionProblem(String region) {
        if (region != null && US_STATES.contains(region)) {
            return "";
        }
        if (region != null && US_OUTLYING_AREAS.contains(region)) {
            return "address.region: the store does not ship to the US outlying area " + region
                    + "; it ships to the 50 states and DC";
        }
        return "address.region must be the two-letter code of a US state or DC (ISO 3166-2:US), got "
                + (region == null ? "nothing" : "'" + region + "'") + "; accepted: " + new TreeSet<>(US_STATES);
    }
}
