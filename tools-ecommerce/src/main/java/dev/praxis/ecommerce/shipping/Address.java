package dev.praxis.ecommerce.shipping;

import dev.praxis.tool.Param;
import dev.praxis.tool.ToolException;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A shipping address.
 *
 * @param name       recipient
 * @param line1      street and number
 * @param city       city
 * @param region     state code, required for US addresses (e.g. {@code CA}); free text elsewhere
 * @param postalCode postal or ZIP code
 * @param country    ISO 3166-1 alpha-2 country code: {@code US}, {@code GB}, {@code DE} or {@code FR}
 */
public record Address(@Param("Recipient name") String name,
                      @Param("Street and number") String line1,
                      @Param("City") String city,
                      @Param(value = "US state code (ISO 3166-2:US, one of the 50 states or DC), required for US addresses, e.g. CA", required = false) @Nullable String region,
                      @Param("Postal or ZIP code") String postalCode,
                      @Param("ISO 3166-1 alpha-2 country code; the store ships to US, GB, DE and FR") String country) {

    /**
     * Upper-cases the country and region; a blank region becomes null.
     *
     * @param name recipient
     * @param line1 street and number
     * @param city city
     * @param region state code, required for US addresses (e.g. {@code CA}); free text elsewhere
     * @param postalCode postal or ZIP code
     * @param country ISO 3166-1 alpha-2 country code: {@code US}, {@code GB}, {@code DE} or {@code FR}
     */
    public Address {
        country = country == null ? null : country.trim().toUpperCase(Locale.ROOT);
        region = region == null || region.isBlank() ? null : region.trim().toUpperCase(Locale.ROOT);
    }

    /**
     * Checks the fields a shipment needs and that the store ships there: the country is one of US, GB, DE, FR
     * and a US region is one of the 50 states or DC.
     *
     * @return this address, unchanged, when it is valid
     * @throws ToolException naming the bad field and what it accepts
     */
    public Address validated() {
        requireText("name", name);
        requireText("line1", line1);
        requireText("city", city);
        requireText("postal_code", postalCode);
        String problem = Destinations.countryProblem(country);
        if (problem.isEmpty() && country.equals("US")) {
            problem = Destinations.usRegionProblem(region);
        }
        if (!problem.isEmpty()) {
            throw new ToolException(problem);
        }
        return this;
    }

    /**
     * Tax and statutory-rights jurisdiction, e.g. {@code US-CA} or {@code DE}.
     *
     * @return the country code, followed by {@code -} and the region for US addresses
     */
    public String jurisdiction() {
        return country.equals("US") ? "US-" + region : country;
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ToolException("address." + field + " is required");
        }
    }
}
