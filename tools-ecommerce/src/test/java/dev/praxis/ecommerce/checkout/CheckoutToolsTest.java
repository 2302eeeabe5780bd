package dev.praxis.ecommerce.checkout;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.ecommerce.Shop;
import dev.praxis.tool.ToolResult;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CheckoutToolsTest {

    private final Shop shop = new Shop();

    private String sku(int minStock) {
        return shop.pack.repository().all().stream().filter(p -> p.category().equals("Apparel"))
                .flatMap(p -> p.variants().stream())
                .filter(v -> shop.pack.repository().stock(v.sku()) >= minStock).map(v -> v.sku()).findFirst().orElseThrow();
    }

    private Map<String, String> place(JsonNode preview, String key) {
        return Map.of("approval_token", preview.get("approval_token").asText(), "idempotency_key", key);
    }

    @Test
    void pricesEveryFigureExactlyAndConsistently() {
        String cart = shop.cartWith(sku(3), 3);
        shop.ok("apply_discount_code", Map.of("cart_id", cart, "code", "WELCOME10"));
        JsonNode p = shop.ok("price_cart", "{\"cart_id\":\"" + cart + "\",\"address\":" + Shop.US_ADDRESS + "}");
        long items = cents(p.get("items_subtotal"));
        long discount = cents(p.get("discount_total"));
        long shipping = cents(p.get("shipping"));
        long tax = cents(p.get("tax_total"));
        assertThat(cents(p.get("total"))).isEqualTo(items - discount + shipping + tax);
        assertThat(discount).isEqualTo(Math.round(items * 0.10));
        long allocated = 0;
        for (JsonNode a : p.get("discounts").get(0).get("allocations")) {
            allocated += cents(a.get("amount"));
        }
        assertThat(allocated).isEqualTo(discount);
        assertThat(p.get("tax_lines").get(0).get("jurisdiction").asText()).isEqualTo("US-CA");
        assertThat(tax).isEqualTo(new java.math.BigDecimal(items - discount).multiply(new java.math.BigDecimal("0.0725"))
                .setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
    }

    @Test
    void refusesAnExpiredOrUnknownDiscountCodeWithTheReason() {
        String cart = shop.cartWith(sku(1), 1);
        assertThat(shop.call("apply_discount_code", Map.of("cart_id", cart, "code", "SPRING25")).error()).startsWith("expired");
        assertThat(shop.call("apply_discount_code", Map.of("cart_id", cart, "code", "NOPE")).error()).startsWith("not_found");
        shop.ok("apply_discount_code", Map.of("cart_id", cart, "code", "welcome10"));
        assertThat(shop.call("apply_discount_code", Map.of("cart_id", cart, "code", "FREESHIP")).error()).startsWith("not_combinable");
    }

    @Test
    void placesAnApprovedOrderOnceAndReplaysTheSameKey() {
        String cart = shop.cartWith(sku(2), 2);
        JsonNode preview = shop.prepare(cart, Shop.US_ADDRESS);
        JsonNode first = shop.ok("place_order", place(preview, "key-1"));
        JsonNode again = shop.ok("place_order", place(preview, "key-1"));
        assertThat(first.get("replayed").asBoolean()).isFalse();
        assertThat(again.get("replayed").asBoolean()).isTrue();
        assertThat(again.get("order").get("order_id")).isEqualTo(first.get("order").get("order_id"));
        assertThat(first.get("order").get("total")).isEqualTo(preview.get("price").get("total"));
        assertThat(shop.pack.orders().list("shopper-1", java.util.Optional.empty())).hasSize(1);
    }

    @Test
    void sameKeyWithADifferentBodyIsAConflict() {
        String cartA = shop.cartWith(sku(2), 1);
        String cartB = shop.cartWith(sku(2), 1);
        shop.ok("place_order", place(shop.prepare(cartA, Shop.US_ADDRESS), "key-1"));
        ToolResult conflict = shop.call("place_order", place(shop.prepare(cartB, Shop.US_ADDRESS), "key-1"));
        assertThat(conflict.error()).startsWith("idempotency_conflict");
        assertThat(shop.pack.orders().list("shopper-1", java.util.Optional.empty())).hasSize(1);
    }

    @Test
    void aChangedCartInvalidatesTheApprovalToken() {
        String sku = sku(3);
        String cart = shop.cartWith(sku, 1);
        JsonNode preview = shop.prepare(cart, Shop.US_ADDRESS);
        shop.ok("update_cart_line", Map.of("cart_id", cart, "line_id", "L1", "quantity", 2));
        ToolResult refused = shop.call("place_order", place(preview, "key-1"));
        assertThat(refused.error()).contains("cart changed after prepare_checkout").contains("prepare_checkout again");
        JsonNode fresh = shop.prepare(cart, Shop.US_ADDRESS);
        assertThat(fresh.get("preview_hash")).isNotEqualTo(preview.get("preview_hash"));
        assertThat(shop.ok("place_order", place(fresh, "key-2")).get("order").get("lines").get(0).get("quantity").asInt()).isEqualTo(2);
    }

    @Test
    void anExpiredTokenIsRefused() {
        String cart = shop.cartWith(sku(1), 1);
        JsonNode preview = shop.prepare(cart, Shop.US_ADDRESS);
        shop.clock.advance(Duration.ofMinutes(15));
        assertThat(shop.call("place_order", place(preview, "key-1")).error()).contains("approval_token expired");
    }

    @Test
    void aTokenPlacesAtMostOneOrderAndForgedTokensAreRefused() {
        String cart = shop.cartWith(sku(1), 1);
        JsonNode preview = shop.prepare(cart, Shop.US_ADDRESS);
        shop.ok("place_order", place(preview, "key-1"));
        assertThat(shop.call("place_order", place(preview, "key-2")).error()).contains("already used for order");
        String forged = preview.get("approval_token").asText().replaceFirst("\\.[^.]+$", "." + "A".repeat(43));
        assertThat(shop.call("place_order", Map.of("approval_token", forged, "idempotency_key", "k3")).error())
                .contains("signature mismatch");
        assertThat(shop.call("place_order", Map.of("approval_token", "", "idempotency_key", "k4")).error())
                .contains("approval_token is required");
    }

    @Test
    void anotherSessionCannotUseTheCartOrTheToken() {
        String cart = shop.cartWith(sku(1), 1);
        JsonNode preview = shop.prepare(cart, Shop.US_ADDRESS);
        ToolResult other = shop.box.call("place_order", dev.praxis.json.PraxisJson.write(place(preview, "k")),
                new dev.praxis.tool.ToolContext("intruder", "c1"));
        assertThat(other.error()).contains("no checkout of this session");
        assertThat(shop.box.call("view_cart", "{\"cart_id\":\"" + cart + "\"}", new dev.praxis.tool.ToolContext("intruder", "c2"))
                .error()).contains("does not exist in this session");
    }

    @Test
    void ordersBelongToThePersonAcrossConversationsButCartsToTheConversation() {
        String cart = shop.cartWith(sku(1), 1);
        String order = shop.order(cart, Shop.US_ADDRESS, "key-1");
        dev.praxis.tool.ToolContext laterChat = new dev.praxis.tool.ToolContext("chat-2", "shopper-1", "c1");
        dev.praxis.tool.ToolContext stranger = new dev.praxis.tool.ToolContext("chat-3", "someone-else", "c1");
        assertThat(shop.box.call("get_order", "{\"order_id\":\"" + order + "\"}", laterChat).isOk()).isTrue();
        assertThat(shop.box.call("get_order", "{\"order_id\":\"" + order + "\"}", stranger).error())
                .contains("no order '" + order + "' for this customer");
        assertThat(shop.box.call("view_cart", "{\"cart_id\":\"" + cart + "\"}", laterChat).error())
                .contains("does not exist in this session");
    }

    @Test
    void placingAnOrderTakesStockAndFreezesTheCart() {
        String sku = sku(2);
        int before = shop.pack.repository().stock(sku);
        String cart = shop.cartWith(sku, 2);
        shop.order(cart, Shop.US_ADDRESS, "key-1");
        assertThat(shop.pack.repository().stock(sku)).isEqualTo(before - 2);
        assertThat(shop.call("add_to_cart", Map.of("cart_id", cart, "sku", sku, "quantity", 1)).error())
                .contains("already checked out");
    }

    @Test
    void refusesProductIdsAndQuantitiesAboveStockInCarts() {
        String cart = shop.ok("create_cart", Map.of()).get("cart_id").asText();
        assertThat(shop.call("add_to_cart", Map.of("cart_id", cart, "sku", "P0001", "quantity", 1)).error())
                .contains("is a product id, not a variant");
        String sku = sku(1);
        int stock = shop.pack.repository().stock(sku);
        if (stock < 20) {
            assertThat(shop.call("add_to_cart", Map.of("cart_id", cart, "sku", sku, "quantity", stock + 1)).error())
                    .contains("only " + stock + " units");
        }
    }

    @Test
    void quotesShippingAndFreeShippingAboveTheThreshold() {
        String cart = shop.cartWith(sku(1), 1);
        JsonNode quote = shop.ok("quote_shipping", "{\"cart_id\":\"" + cart + "\",\"address\":" + Shop.US_ADDRESS + "}");
        assertThat(quote.get("options")).extracting(o -> o.get("option").asText()).containsExactly("standard", "express");
        JsonNode abroad = shop.ok("quote_shipping", "{\"cart_id\":\"" + cart + "\",\"address\":" + Shop.DE_ADDRESS + "}");
        assertThat(abroad.get("options")).singleElement().satisfies(o -> assertThat(o.get("cost").get("amount").asText()).isEqualTo("24.99"));
        assertThat(shop.call("quote_shipping", "{\"cart_id\":\"" + cart + "\",\"address\":{\"name\":\"A\",\"line1\":\"x\","
                + "\"city\":\"y\",\"postal_code\":\"1\",\"country\":\"ZZ\"}}").error()).contains("address.country");
    }

    /** A money node {"amount": "19.99", "currency": "USD"} in whole cents. */
    private static long cents(JsonNode money) {
        return new java.math.BigDecimal(money.get("amount").textValue()).movePointRight(2).longValueExact();
    }
}
