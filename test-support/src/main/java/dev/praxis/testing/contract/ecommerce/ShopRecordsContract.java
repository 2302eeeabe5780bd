package dev.praxis.testing.contract.ecommerce;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.approval.ActionTokens;
import dev.praxis.approval.TokenKey;
import dev.praxis.approval.UsedTokens;
import dev.praxis.ecommerce.EcommercePack;
import dev.praxis.ecommerce.money.Money;
import dev.praxis.ecommerce.order.Order;
import dev.praxis.ecommerce.order.OrderBook;
import dev.praxis.ecommerce.order.RefundLine;
import dev.praxis.ecommerce.records.ShopRecords;
import dev.praxis.json.PraxisJson;
import dev.praxis.records.RecordStore;
import dev.praxis.testing.MutableClock;
import dev.praxis.tool.ToolBox;
import dev.praxis.tool.ToolContext;
import dev.praxis.tool.ToolResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The e-commerce pack's records on one store seen by two pack instances, as two processes (or a process and its
 * restart) would see them: a cart continues, an order is visible, an idempotency key replays, a refund counts.
 * Every store runs it: in memory (one instance seen twice), files, H2 and PostgreSQL.
 */
public abstract class ShopRecordsContract {

    private static final String SKU = "P0001-SLA-39";
    private static final String US_ADDRESS = "{\"name\":\"Ada Shopper\",\"line1\":\"1 Main St\","
            + "\"city\":\"San Francisco\",\"region\":\"CA\",\"postal_code\":\"94105\",\"country\":\"US\"}";

    /** The clock of every store and service in the test; tests move it forward. */
    protected final MutableClock clock = MutableClock.at("2026-11-29T10:00:00Z");
    private final ActionTokens tokens = new ActionTokens(TokenKey.of(new byte[32]), UsedTokens.inMemory(clock), clock);
    private final ToolContext session = new ToolContext("shopper-1", "call-1");
    private RecordStore firstStore;
    private ToolBox first;
    private ToolBox second;

    /**
     * A fresh, empty store for one test.
     *
     * @return the store
     * @throws Exception when the store cannot be created
     */
    protected abstract RecordStore createStore() throws Exception;

    /**
     * Another instance over the store {@link #createStore} made: another process on the same data.
     *
     * @return the second store instance
     * @throws Exception when it cannot be opened
     */
    protected abstract RecordStore openAnother() throws Exception;

    /**
     * Drops what {@link #createStore} made.
     *
     * @throws Exception when dropping fails
     */
    protected void releaseStore() throws Exception {
    }

    @BeforeEach
    void openTwoPacks() throws Exception {
        firstStore = createStore();
        first = ToolBox.of(pack(firstStore).tools());
        second = ToolBox.of(pack(openAnother()).tools());
    }

    @AfterEach
    void release() throws Exception {
        releaseStore();
    }

    private EcommercePack pack(RecordStore records) {
        return EcommercePack.builder().clock(clock).approvals(tokens).records(records).build();
    }

    @Test
    void aCartStartedByOneInstanceContinuesInAnother() {
        String cart = ok(first, "create_cart", Map.of()).get("cart_id").asText();
        ok(first, "add_to_cart", Map.of("cart_id", cart, "sku", SKU, "quantity", 1));

        ok(second, "add_to_cart", Map.of("cart_id", cart, "sku", SKU, "quantity", 2));

        JsonNode seen = ok(first, "view_cart", Map.of("cart_id", cart));
        assertThat(seen.toString()).contains(SKU);
        assertThat(seen.findValues("quantity")).extracting(JsonNode::asInt).contains(3);
        assertThat(ok(second, "create_cart", Map.of()).get("cart_id").asText()).as("ids never repeat across instances")
                .isNotEqualTo(cart);
    }

    @Test
    void anotherSessionDoesNotSeeTheCart() {
        String cart = ok(first, "create_cart", Map.of()).get("cart_id").asText();
        ToolResult other = second.call("view_cart", PraxisJson.write(Map.of("cart_id", cart)), new ToolContext("someone-else", "c"));
        assertThat(other.error()).contains("does not exist in this session");
    }

    @Test
    void anOrderPlacedByOneInstanceIsVisibleToAnotherAndItsKeyReplaysThere() {
        String cart = ok(first, "create_cart", Map.of()).get("cart_id").asText();
        ok(first, "add_to_cart", Map.of("cart_id", cart, "sku", SKU, "quantity", 1));
        String token = ok(first, "prepare_checkout", "{\"cart_id\":\"" + cart + "\",\"address\":" + US_ADDRESS + "}")
                .get("approval_token").asText();
        Map<String, String> place = Map.of("approval_token", token, "idempotency_key", "k-1");

        JsonNode placed = ok(second, "place_order", place);
        String orderId = placed.get("order").get("order_id").asText();
        assertThat(placed.get("replayed").asBoolean()).isFalse();

        JsonNode again = ok(first, "place_order", place);
        assertThat(again.get("order").get("order_id").asText()).isEqualTo(orderId);
        assertThat(again.get("replayed").asBoolean()).isTrue();
        assertThat(ok(first, "get_order", Map.of("order_id", orderId)).get("order_id").asText()).isEqualTo(orderId);
        assertThat(ok(first, "list_orders", Map.of())).hasSize(1);
        assertThat(first.call("add_to_cart", PraxisJson.write(Map.of("cart_id", cart, "sku", SKU, "quantity", 1)), session)
                .error()).contains("already checked out");
    }

    @Test
    void refundsFromTwoInstancesTogetherNeverExceedWhatALineCost() {
        OrderBook a = new OrderBook(clock, firstStore);
        OrderBook b;
        try {
            b = new OrderBook(clock, openAnother());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Money paid = Money.of(3000, "USD");
        Order order = a.place("ada", List.of(new dev.praxis.ecommerce.order.OrderLine("L1", "S", "P", "Tee", "Apparel",
                false, 1, paid, Money.of(0, "USD"), Money.of(0, "USD"), paid)),
                new dev.praxis.ecommerce.shipping.Address("Ada", "1 Main St", "Austin", "TX", "78701", "US"), "standard",
                Money.of(599, "USD"));

        a.refund("ada", order.id(), List.of(new RefundLine("L1", Money.of(2500, "USD"))), "partly");

        assertThatThrownBy(() -> b.refund("ada", order.id(), List.of(new RefundLine("L1", Money.of(501, "USD"))), "more"))
                .hasMessageContaining("can get back at most USD 5.00");
        assertThat(b.get("ada", order.id()).refundedOn("L1")).isEqualTo(Money.of(2500, "USD"));
    }

    @Test
    void storesMoneyInTheAgreedShapeAndReadsItBackExactly() {
        String cart = ok(first, "create_cart", Map.of()).get("cart_id").asText();
        ok(first, "add_to_cart", Map.of("cart_id", cart, "sku", SKU, "quantity", 1));

        JsonNode unitPrice = firstStore.get(ShopRecords.CART, cart).orElseThrow().doc().get("lines").get(0).get("unit_price");

        assertThat(unitPrice.get("amount").isTextual()).isTrue();
        assertThat(unitPrice.get("amount").asText()).matches("\\d+\\.\\d{2}");
        assertThat(unitPrice.get("currency").asText()).isEqualTo("USD");
        assertThat(PraxisJson.mapper().convertValue(unitPrice, Money.class).amount()).isEqualTo(unitPrice.get("amount").asText());
    }

    private JsonNode ok(ToolBox box, String tool, Object args) {
        String json = args instanceof String s ? s : PraxisJson.write(args);
        ToolResult r = box.call(tool, json, session);
        assertThat(r.isOk()).as(tool + " -> " + r.error()).isTrue();
        return r.result();
    }
}
