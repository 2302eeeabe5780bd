package dev.praxis.ecommerce.returns;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.ecommerce.Shop;
import dev.praxis.ecommerce.catalog.Product;
import dev.praxis.ecommerce.order.OrderStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The refund tools enforce the return policy that check_return_eligibility states (issue 13). Orders are
 * delivered on 2026-12-02 (the shop clock starts 2026-11-29T10:00Z and delivery takes 3 days).
 */
class RefundPolicyEnforcementTest {

    private final Shop shop = new Shop();

    private String sku(Predicate<Product> which) {
        return shop.pack.repository().all().stream().filter(which).flatMap(p -> p.variants().stream())
                .filter(v -> shop.pack.repository().stock(v.sku()) > 0).map(v -> v.sku()).findFirst().orElseThrow();
    }

    private String skuIn(String category) {
        return sku(p -> p.category().equals(category) && !p.finalSale());
    }

    private String finalSaleSku() {
        return sku(p -> p.finalSale() && p.category().equals("Apparel"));
    }

    private String placed(List<String> skus) {
        String cart = shop.cartWith(skus.get(0), 1);
        skus.subList(1, skus.size()).forEach(s -> shop.ok("add_to_cart", Map.of("cart_id", cart, "sku", s, "quantity", 1)));
        return shop.order(cart, Shop.US_ADDRESS, "order-" + String.join("-", skus));
    }

    private String delivered(List<String> skus) {
        String order = placed(skus);
        shop.pack.orders().advance(order, OrderStatus.PROCESSING, "picking");
        shop.pack.orders().advance(order, OrderStatus.SHIPPED, "handed to carrier");
        shop.clock.advance(Duration.ofDays(3));
        shop.pack.orders().advance(order, OrderStatus.DELIVERED, "delivered");
        return order;
    }

    private String linePaid(String order, int index) {
        return shop.ok("get_order", Map.of("order_id", order)).get("lines").get(index).get("paid").get("amount").asText();
    }

    private String refundError(String order, String amount) {
        return shop.call("prepare_refund", Map.of("order_id", order, "amount", amount, "reason", "changed my mind")).error();
    }

    private JsonNode prepare(String order, String amount) {
        return shop.ok("prepare_refund", Map.of("order_id", order, "amount", amount, "reason", "changed my mind"));
    }

    private JsonNode issue(JsonNode preview, String key) {
        return shop.ok("issue_refund", Map.of("approval_token", preview.get("approval_token").asText(), "idempotency_key", key));
    }

    private String refunded(String order) {
        return shop.ok("get_order", Map.of("order_id", order)).get("refunded").get("amount").asText();
    }

    @Test
    void refusesAnyRefundOfGiftCardPersonalCareAndFinalSaleLinesWithTheReasonForEachLine() {
        String order = delivered(List.of(skuIn("Gift Cards"), skuIn("Personal Care"), finalSaleSku()));
        JsonNode eligibility = shop.ok("check_return_eligibility", Map.of("order_id", order));
        assertThat(eligibility.get("lines")).allSatisfy(l -> assertThat(l.get("refundable").get("amount").asText()).isEqualTo("0.00"));

        String sameDay = refundError(order, "30.00");
        assertThat(sameDay).contains("nothing on order " + order + " can be refunded", "items in the Gift Cards category cannot be returned",
                "items in the Personal Care category cannot be returned", "final sale items cannot be returned", "handoff_to_human");
        shop.clock.advance(Duration.ofDays(90));
        assertThat(refundError(order, "1.00")).contains("nothing on order " + order + " can be refunded");
        assertThat(refunded(order)).isEqualTo("0.00");
    }

    @Test
    void acceptsElectronicsOnDayFifteenOfItsWindow() {
        String order = delivered(List.of(skuIn("Electronics")));
        String paid = linePaid(order, 0);
        shop.clock.advance(Duration.ofDays(15)); // 2026-12-17: delivery day + 15, the window's last day
        JsonNode refund = issue(prepare(order, paid), "r-15");
        assertThat(refund.get("refund").get("amount").get("amount").asText()).isEqualTo(paid);
        assertThat(refunded(order)).isEqualTo(paid);
    }

    @Test
    void refusesElectronicsOnDaySixteenOfAFifteenDayWindow() {
        String order = delivered(List.of(skuIn("Electronics")));
        shop.clock.advance(Duration.ofDays(16)); // 2026-12-18
        assertThat(refundError(order, linePaid(order, 0)))
                .contains("nothing on order " + order + " can be refunded", "15-day window from delivery on 2026-12-02 ended on 2026-12-17");
        assertThat(refunded(order)).isEqualTo("0.00");
    }

    @Test
    void capsARefundAtWhatTheEligibleLinesCanStillRefund() {
        String order = delivered(List.of(skuIn("Apparel"), skuIn("Gift Cards")));
        String apparel = linePaid(order, 0);
        String oneCentMore = new BigDecimal(apparel).add(new BigDecimal("0.01")).toPlainString();
        assertThat(refundError(order, oneCentMore)).contains("can refund at most USD " + apparel,
                "items in the Gift Cards category cannot be returned");
        JsonNode refund = issue(prepare(order, apparel), "r-1").get("refund");
        assertThat(refund.get("lines")).hasSize(1);
        assertThat(refund.get("lines").get(0).get("line_id").asText()).isEqualTo("L1");
        assertThat(refundError(order, "0.01")).contains("nothing on order " + order + " can be refunded",
                "already refunded in full");
    }

    @Test
    void previewShowsEveryLineEligibilityAndHowTheAmountSplits() {
        String order = delivered(List.of(skuIn("Apparel"), skuIn("Personal Care")));
        JsonNode preview = prepare(order, "10.00");
        assertThat(preview.get("eligibility")).hasSize(2);
        JsonNode apparel = preview.get("eligibility").get(0);
        JsonNode care = preview.get("eligibility").get(1);
        assertThat(apparel.get("eligible").asBoolean()).isTrue();
        assertThat(apparel.get("refundable").get("amount").asText()).isEqualTo(linePaid(order, 0));
        assertThat(apparel.get("window_ends").asText()).isEqualTo("2027-01-01");
        assertThat(care.get("eligible").asBoolean()).isFalse();
        assertThat(care.get("decision").asText()).isEqualTo("EXCLUDED_CATEGORY");
        assertThat(care.get("refundable").get("amount").asText()).isEqualTo("0.00");
        assertThat(preview.get("refundable_now").get("amount").asText()).isEqualTo(linePaid(order, 0));
        assertThat(preview.get("lines")).singleElement()
                .satisfies(l -> assertThat(l.get("line_id").asText()).isEqualTo("L1"))
                .satisfies(l -> assertThat(l.get("amount").get("amount").asText()).isEqualTo("10.00"));
    }

    @Test
    void refusesNamedLinesThatAreNotRefundable() {
        String order = delivered(List.of(skuIn("Apparel"), skuIn("Gift Cards")));
        String error = shop.call("prepare_refund", Map.of("order_id", order, "amount", "5.00", "reason", "x",
                "line_ids", List.of("L2"))).error();
        assertThat(error).contains("line_ids: L2", "items in the Gift Cards category cannot be returned", "Refundable today: L1");
        assertThat(shop.call("prepare_refund", Map.of("order_id", order, "amount", "5.00", "reason", "x",
                "line_ids", List.of("L9"))).error()).contains("has no line [L9]");
    }

    @Test
    void issueChecksEligibilityAgainOnTheDayOfIssue() {
        String order = delivered(List.of(skuIn("Electronics")));
        shop.clock.advance(Duration.ofDays(15).plusHours(13).plusMinutes(55)); // 2026-12-17T23:55Z, last day
        JsonNode preview = prepare(order, "10.00");
        shop.clock.advance(Duration.ofMinutes(10)); // 2026-12-18, token still valid, window ended
        String error = shop.call("issue_refund", Map.of("approval_token", preview.get("approval_token").asText(),
                "idempotency_key", "k")).error();
        assertThat(error).contains("ended on 2026-12-17", "prepare_refund again");
        assertThat(refunded(order)).isEqualTo("0.00");
    }

    @Test
    void refusesRefundOfAShippedOrderUntilItIsDelivered() {
        String order = placed(List.of(skuIn("Apparel")));
        shop.pack.orders().advance(order, OrderStatus.PROCESSING, "picking");
        shop.pack.orders().advance(order, OrderStatus.SHIPPED, "handed to carrier");
        assertThat(refundError(order, "5.00")).contains("is SHIPPED", "not delivered yet", "check_return_eligibility");
        assertThat(refunded(order)).isEqualTo("0.00");
    }

    @Test
    void cancellationRefundsEveryLineAndShippingInOneRefund() {
        String order = placed(List.of(skuIn("Gift Cards"), skuIn("Personal Care")));
        JsonNode before = shop.ok("get_order", Map.of("order_id", order));
        assertThat(refundError(order, "1.00")).contains("cancel it with cancel_order");
        JsonNode cancelled = shop.ok("cancel_order", Map.of("order_id", order, "reason", "changed my mind"));
        JsonNode refund = cancelled.get("refunds").get(0);
        assertThat(refund.get("amount")).isEqualTo(before.get("total"));
        assertThat(refund.get("shipping")).isEqualTo(before.get("shipping"));
        assertThat(refund.get("lines")).extracting(l -> l.get("line_id").asText()).containsExactly("L1", "L2");
        assertThat(cancelled.get("refundable_balance").get("amount").asText()).isEqualTo("0.00");
    }
}
