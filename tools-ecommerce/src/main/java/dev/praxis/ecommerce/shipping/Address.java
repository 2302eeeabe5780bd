package dev.praxis.ecommerce.shipping;

import dev.praxis.tool.Param;
import dev.praxis.tool.ToolException;

import java.util.Locale;
import java.util.Set;

/**
 * A shipping address.
 *
 * @param name       recipient
 * @param line1      street and number
 * @param city       city
 * @param region     state or province code; required for US addresses (e.g. {@code CA})
 * @param postalCode postal or ZIP code
 * @param country    ISO 3166-1 alpha-2 country code, e.g. {@code US}, {@code DE}
 */
public record Address(@Param("Recipient name") String name,
                      @Param("Street and number") String line1,
                      @Param("City") String city,
                      @Param(value = "State or province code, required for US addresses, e.g. CA", required = false) String region,
                      @Param("Postal or ZIP code") String postalCode,
                      @Param("ISO 3166-1 alpha-2 country code, e.g. US, DE, GB") String country) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public Address {
        country = country == null ? null : country.trim().toUpperCase(Locale.ROOT);
        region = region == null || region.isBlank() ? null : region.trim().toUpperCase(Locale.ROOT);
    }

    /**
     * Checks the fields a shipment needs.
     *
     * @throws ToolException naming the bad field
     */
    public Address validated() {
        requireText("name", name);
        requireText("line1", line1);
        requireText("city", city);
        requireText("postal_code", postalCode);
        if (country == null || !COUNTRIES.contains(country)) {
            throw new ToolException("address.country must be an ISO 3166-1 alpha-2 code such as US or DE, got " + country);
        }
        if (country.equals("US") && (region == null || region.length() != 2)) {
            throw new ToolException("address.region must be a two-letter state code for US addresses, got " + region);
        }
        return this;
    }

    /** Tax and statutory-rights jurisdiction, e.g. {@code US-CA} or {@code DE}. */
    public String jurisdiction() {
        return country.equals("US") ? "US-" + region : country;
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ToolException("address." + field + " is required");
        }
    }
}
