package dev.praxis.ecommerce.checkout;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.ecommerce.Shop;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static org.assertj.core.api.Assertions.assertThat;

/** Addresses are checked against the places the store ships to, and taxed at their own jurisdiction's rate (issue 13). */
class DestinationTaxTest {

    private final Shop shop = new Shop();

    private String cart() {
        String sku = shop.pack.repository().all().stream().flatMap(p -> p.variants().stream())
                .filter(v -> shop.pack.repository().stock(v.sku()) > 0).findFirst().orElseThrow().sku();
        return shop.cartWith(sku, 1);
    }

    private static String us(String region) {
        return "{\"name\":\"Ada Shopper\",\"line1\":\"1 Main St\",\"city\":\"Springfield\",\"region\":\"" + region
                + "\",\"postal_code\":\"12345\",\"country\":\"US\"}";
    }

    private static String abroad(String country) {
        return "{\"name\":\"Ada Shopper\",\"line1\":\"1 High St\",\"city\":\"Town\",\"postal_code\":\"1000\",\"country\":\""
                + country + "\"}";
    }

    private String checkoutError(String cart, String address) {
        return shop.call("prepare_checkout", "{\"cart_id\":\"" + cart + "\",\"address\":" + address + "}").error();
    }

    @Test
    void refusesAnUnknownUsRegionInsteadOfTaxingItAtADefault() {
        String cart = cart();
        assertThat(checkoutError(cart, us("ZZ"))).contains("address.region", "'ZZ'", "accepted:", "CA", "DC", "WY");
        assertThat(shop.call("price_cart", "{\"cart_id\":\"" + cart + "\",\"address\":" + us("ZZ") + "}").error())
                .contains("address.region");
        assertThat(shop.call("quote_shipping", "{\"cart_id\":\"" + cart + "\",\"address\":" + us("ZZ") + "}").error())
                .contains("address.region");
    }

    @Test
    void taxesAValidStateAtItsOwnRate() {
        String cart = cart();
        // Florida 6 %, New Hampshire 0 %: Tax Foundation, State and Local Sales Tax Rates, 2025 (state rates)
        assertTaxed(shop.prepare(cart, us("FL")), "US-FL", "6");
        assertTaxed(shop.prepare(cart, us("nh")), "US-NH", "0");
        assertTaxed(shop.prepare(cart, us("CA")), "US-CA", "7.25");
    }

    private static void assertTaxed(JsonNode preview, String jurisdiction, String percent) {
        JsonNode price = preview.get("price");
        JsonNode tax = price.get("tax_lines").get(0);
        assertThat(tax.get("jurisdiction").asText()).isEqualTo(jurisdiction);
        assertThat(tax.get("rate_percent").decimalValue()).isEqualByComparingTo(percent);
        BigDecimal taxable = new BigDecimal(tax.get("taxable").get("amount").asText());
        BigDecimal expected = taxable.multiply(new BigDecimal(percent)).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
        assertThat(new BigDecimal(tax.get("amount").get("amount").asText())).isEqualByComparingTo(expected);
    }

    @Test
    void refusesDestinationsTheStoreDoesNotShipTo() {
        String cart = cart();
        assertThat(checkoutError(cart, abroad("JP"))).contains("address.country", "does not ship to JP", "[US, GB, DE, FR]");
        assertThat(checkoutError(cart, us("PR"))).contains("address.region", "outlying area PR");
        assertThat(checkoutError(cart, us("AE"))).contains("address.region", "'AE'");
        assertThat(checkoutError(cart, us(""))).contains("address.region", "got nothing");
        assertTaxed(shop.prepare(cart, abroad("GB")), "GB", "20");
    }
}
