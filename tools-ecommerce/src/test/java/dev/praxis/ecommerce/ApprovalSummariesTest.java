package dev.praxis.ecommerce;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.approval.ApprovalSummary;
import dev.praxis.ecommerce.order.OrderStatus;
import dev.praxis.json.PraxisJson;
import dev.praxis.tool.Tool;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a person approving each side-effecting shop tool sees. */
class ApprovalSummariesTest {

    private final Shop shop = new Shop();

    private String sku() {
        return shop.pack.repository().all().stream().filter(p -> p.category().equals("Apparel") && !p.finalSale())
                .flatMap(p -> p.variants().stream()).filter(v -> shop.pack.repository().stock(v.sku()) >= 3)
                .map(v -> v.sku()).findFirst().orElseThrow();
    }

    private String title(String sku) {
        return shop.pack.repository().findBySku(sku).orElseThrow().title();
    }

    private Tool tool(String name) {
        return shop.pack.tools().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private ApprovalSummary summary(String name, Object args) throws Exception {
        return tool(name).approvalSummary(PraxisJson.parse(PraxisJson.write(args)), shop.session).orElseThrow();
    }

    @Test
    void placeOrderShowsItemsTotalsWithCurrencyAddressPaymentAndExpiry() throws Exception {
        String sku = sku();
        String cart = shop.cartWith(sku, 2);
        JsonNode preview = shop.prepare(cart, Shop.US_ADDRESS);
        String total = preview.at("/price/total/amount").textValue() + " USD";
        String unit = preview.at("/price/lines/0/unit_price/amount").textValue() + " USD";

        ApprovalSummary summary = summary("place_order", Map.of("approval_token",
                preview.get("approval_token").asText(), "idempotency_key", "k1"));

        assertThat(summary.title()).startsWith("Place order").endsWith(": " + total);
        assertThat(summary.details()).contains("2 x " + title(sku) + " (SKU " + sku + ") at " + unit + " = "
                        + preview.at("/price/lines/0/subtotal/amount").textValue() + " USD",
                "Total: " + total, "Ship to: Ada Shopper, 1 Main St, San Francisco CA 94105, US");
        assertThat(summary.text()).contains("Shipping (standard): ").contains("Tax US-CA").contains("Payment: ")
                .contains("Cannot be undone").doesNotContain("WARNING");
        assertThat(summary.expiresAt()).contains(Instant.parse(preview.get("expires_at").asText()));
        assertThat(tool("place_order").preparedBy()).contains("prepare_checkout");
    }

    @Test
    void placeOrderTellsTheApproverOfARetryThatTheOrderIsAlreadyPlaced() throws Exception {
        String cart = shop.cartWith(sku(), 1);
        JsonNode preview = shop.prepare(cart, Shop.US_ADDRESS);
        Map<String, String> call = Map.of("approval_token", preview.get("approval_token").asText(), "idempotency_key", "k1");
        String orderId = shop.ok("place_order", call).get("order").get("order_id").asText();

        ApprovalSummary summary = summary("place_order", call);

        assertThat(summary.details().get(0)).startsWith("ALREADY PLACED as order " + orderId)
                .contains("places nothing new");
        assertThat(summary.text()).doesNotContain("WARNING");
        assertThat(shop.ok("place_order", call).get("replayed").asBoolean()).isTrue();
    }

    @Test
    void placeOrderWarnsTheApproverWhenTheCartChangedSinceThePreview() throws Exception {
        String sku = sku();
        String cart = shop.cartWith(sku, 1);
        JsonNode preview = shop.prepare(cart, Shop.US_ADDRESS);
        shop.ok("update_cart_line", Map.of("cart_id", cart, "line_id", "L1", "quantity", 3));

        ApprovalSummary summary = summary("place_order", Map.of("approval_token",
                preview.get("approval_token").asText(), "idempotency_key", "k1"));

        assertThat(summary.details().get(0)).startsWith("WARNING: this call will be refused")
                .contains("cart changed after prepare_checkout");
        assertThat(summary.text()).contains("1 x " + title(sku));
    }

    @Test
    void issueRefundShowsOrderAmountReasonBalancesAndWhatThePreviewCarries() throws Exception {
        String order = shop.order(shop.cartWith(sku(), 1), Shop.US_ADDRESS, "order-key");
        shop.pack.orders().advance(order, OrderStatus.PROCESSING, "picking");
        shop.pack.orders().advance(order, OrderStatus.SHIPPED, "handed to carrier");
        shop.clock.advance(Duration.ofDays(3));
        shop.pack.orders().advance(order, OrderStatus.DELIVERED, "delivered");
        JsonNode preview = shop.ok("prepare_refund", Map.of("order_id", order, "amount", "3.00", "reason", "too small"));
        String balance = preview.at("/refundable_balance/amount").textValue();

        ApprovalSummary summary = summary("issue_refund", Map.of("approval_token",
                preview.get("approval_token").asText(), "idempotency_key", "r1"));

        assertThat(summary.title()).isEqualTo("Refund 3.00 USD on order " + order);
        assertThat(summary.details()).contains("Amount: 3.00 USD to the original payment method", "Reason: too small",
                "Refundable balance: " + balance + " USD before, "
                        + new java.math.BigDecimal(balance).subtract(new java.math.BigDecimal("3.00")) + " USD after");
        assertThat(summary.text()).contains("Cannot be undone").doesNotContain("approval_token").doesNotContain("hash");
        assertThat(summary.expiresAt()).contains(Instant.parse(preview.get("expires_at").asText()));
        assertThat(tool("issue_refund").preparedBy()).contains("prepare_refund");
    }

    @Test
    void cancelOrderShowsTheLinesTheFullRefundAndThatItCannotBeUndone() throws Exception {
        String sku = sku();
        String order = shop.order(shop.cartWith(sku, 1), Shop.US_ADDRESS, "order-key");
        String paid = shop.ok("get_order", Map.of("order_id", order)).at("/total/amount").textValue();

        ApprovalSummary summary = summary("cancel_order", Map.of("order_id", order, "reason", "changed my mind"));

        assertThat(summary.title()).isEqualTo("Cancel order " + order + " and refund " + paid + " USD");
        assertThat(summary.text()).contains("1 x " + title(sku) + " (SKU " + sku + ")").contains("Reason: changed my mind")
                .contains("Cannot be undone");
    }

    @Test
    void cartEditsShowWhatChangesWithAmountsAndThatTheyCanBeUndone() throws Exception {
        String sku = sku();
        String cart = shop.cartWith(sku, 1);
        String unit = shop.ok("view_cart", Map.of("cart_id", cart)).at("/lines/0/unit_price/amount").textValue();

        ApprovalSummary add = summary("add_to_cart", Map.of("cart_id", cart, "sku", sku, "quantity", 2));
        ApprovalSummary update = summary("update_cart_line", Map.of("cart_id", cart, "line_id", "L1", "quantity", 3));
        ApprovalSummary remove = summary("remove_from_cart", Map.of("cart_id", cart, "line_id", "L1"));
        ApprovalSummary unknown = summary("add_to_cart", Map.of("cart_id", cart, "sku", "NOPE-1", "quantity", 1));

        assertThat(add.title()).startsWith("Add 2 x " + title(sku) + " to cart " + cart + ": ");
        assertThat(add.details()).contains(ApprovalSummaries.REVERSIBLE).anySatisfy(d -> assertThat(d)
                .contains("at " + unit + " USD each"));
        assertThat(update.title()).endsWith("from 1 to 3");
        assertThat(remove.title()).startsWith("Remove " + title(sku));
        assertThat(unknown.text()).contains("will be refused");
        assertThat(summary("create_cart", Map.of()).title()).isEqualTo("Create an empty cart (USD)");
    }
}
