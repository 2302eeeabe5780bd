package dev.praxis.ecommerce.returns;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.ecommerce.Shop;
import dev.praxis.ecommerce.order.OrderStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RefundToolsTest {

    private final Shop shop = new Shop();

    private String deliveredOrder() {
        String sku = shop.pack.repository().all().stream().filter(p -> p.category().equals("Apparel") && !p.finalSale())
                .flatMap(p -> p.variants().stream()).filter(v -> shop.pack.repository().stock(v.sku()) > 0)
                .map(v -> v.sku()).findFirst().orElseThrow();
        String order = shop.order(shop.cartWith(sku, 1), Shop.US_ADDRESS, "order-key");
        shop.pack.orders().advance(order, OrderStatus.PROCESSING, "picking");
        shop.pack.orders().advance(order, OrderStatus.SHIPPED, "handed to carrier");
        shop.clock.advance(Duration.ofDays(3));
        shop.pack.orders().advance(order, OrderStatus.DELIVERED, "delivered");
        return order;
    }

    private JsonNode prepare(String order, String amount) {
        return shop.ok("prepare_refund", Map.of("order_id", order, "amount", amount, "reason", "too small"));
    }

    private Map<String, String> issue(JsonNode preview, String key) {
        return Map.of("approval_token", preview.get("approval_token").asText(), "idempotency_key", key);
    }

    @Test
    void issuesAnApprovedRefundOnceAndReplaysTheSameKey() {
        String order = deliveredOrder();
        JsonNode first = shop.ok("issue_refund", issue(prepare(order, "10.00"), "r-1"));
        assertThat(first.get("refund").get("amount").get("amount").asText()).isEqualTo("10.00");
        JsonNode again = shop.ok("issue_refund", issue(prepare(order, "10.00"), "r-2"));
        assertThat(again.get("order").get("refunds")).hasSize(2);
        JsonNode preview = prepare(order, "1.00");
        JsonNode a = shop.ok("issue_refund", issue(preview, "r-3"));
        JsonNode b = shop.ok("issue_refund", issue(preview, "r-3"));
        assertThat(b.get("refund").get("refund_id")).isEqualTo(a.get("refund").get("refund_id"));
        assertThat(b.get("order").get("refunds")).hasSize(3);
    }

    @Test
    void neverRefundsAboveTheRefundableBalance() {
        String order = deliveredOrder();
        JsonNode o = shop.ok("get_order", Map.of("order_id", order));
        String total = o.get("lines").get(0).get("paid").get("amount").asText();
        String tooMuch = new java.math.BigDecimal(total).add(new java.math.BigDecimal("0.01")).toPlainString();
        assertThat(shop.call("prepare_refund", Map.of("order_id", order, "amount", tooMuch, "reason", "x")).error())
                .contains("can refund at most USD " + total);
        JsonNode half = prepare(order, "5.00");
        JsonNode full = prepare(order, total);
        shop.ok("issue_refund", issue(half, "r-1"));
        assertThat(shop.call("issue_refund", issue(full, "r-2")).error()).contains("changed since prepare_refund");
        assertThat(shop.ok("get_order", Map.of("order_id", order)).get("refunded").get("amount").asText()).isEqualTo("5.00");
    }

    @Test
    void refusesRefundsWithoutAValidToken() {
        String order = deliveredOrder();
        assertThat(shop.call("issue_refund", Map.of("approval_token", "refund.RFP1.abc.9999999999.sig", "idempotency_key", "k")).error())
                .contains("malformed");
        JsonNode preview = prepare(order, "3.00");
        String forged = preview.get("approval_token").asText().replaceFirst("\\.[^.]+$", ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        assertThat(shop.call("issue_refund", Map.of("approval_token", forged, "idempotency_key", "k1")).error())
                .contains("signature mismatch");
        shop.clock.advance(Duration.ofMinutes(16));
        assertThat(shop.call("issue_refund", issue(preview, "k2")).error()).contains("expired");
        assertThat(shop.ok("get_order", Map.of("order_id", order)).get("refunds")).isEmpty();
    }

    @Test
    void cancelsOnlyBeforeFulfilmentAndRefundsInFull() {
        String sku = shop.pack.repository().all().get(0).variants().stream()
                .filter(v -> shop.pack.repository().stock(v.sku()) > 0).findFirst().orElseThrow().sku();
        int stock = shop.pack.repository().stock(sku);
        String placed = shop.order(shop.cartWith(sku, 1), Shop.US_ADDRESS, "k1");
        JsonNode cancelled = shop.ok("cancel_order", Map.of("order_id", placed, "reason", "changed my mind"));
        assertThat(cancelled.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("refundable_balance").get("amount").textValue()).isEqualTo("0.00");
        assertThat(shop.pack.repository().stock(sku)).as("stock released").isEqualTo(stock);
        assertThat(shop.call("cancel_order", Map.of("order_id", placed, "reason", "again")).error())
                .contains("cannot move from CANCELLED to CANCELLED");
        String delivered = deliveredOrder();
        assertThat(shop.call("cancel_order", Map.of("order_id", delivered, "reason", "late")).error())
                .contains("cannot move from DELIVERED to CANCELLED");
    }

    @Test
    void tracksShipmentsAndChecksReturnEligibility() {
        String order = deliveredOrder();
        JsonNode tracking = shop.ok("track_shipment", Map.of("order_id", order));
        assertThat(tracking.get("tracking_number").asText()).startsWith("1Z");
        assertThat(tracking.get("events")).extracting(e -> e.get("status").asText())
                .containsExactly("PLACED", "PROCESSING", "SHIPPED", "DELIVERED");
        JsonNode eligibility = shop.ok("check_return_eligibility", Map.of("order_id", order));
        assertThat(eligibility.get("lines").get(0).get("eligible").asBoolean()).isTrue();
        assertThat(shop.ok("list_orders", Map.of("status", "DELIVERED"))).hasSize(1);
    }
}
