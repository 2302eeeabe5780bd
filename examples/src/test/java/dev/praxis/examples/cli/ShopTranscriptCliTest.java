package dev.praxis.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.json.PraxisJson;
import dev.praxis.records.FileRecordStore;
import dev.praxis.records.StoredRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shop session of docs/ecommerce-transcript.md, command by command, each a fresh runtime over one data
 * directory as separate {@code praxis} processes would be: the cart continues across asks, the approver sees the
 * checkout's summary, the order is placed once and the same order asked again is replayed, not placed twice.
 */
class ShopTranscriptCliTest {

    static final String ADDRESS = "{\"name\": \"Ada Shopper\", \"line1\": \"1 Main St\", \"city\": \"San Francisco\", "
            + "\"region\": \"CA\", \"postal_code\": \"94105\", \"country\": \"US\"}";

    @TempDir
    Path dataDir;

    private CliRun ask(String message) {
        return CliRun.run(dataDir, "ask", "--agent", "shop", "--session", "demo", message);
    }

    @Test
    void aShopSessionContinuesAcrossCommandsAndTheSameOrderIsReplayedNotPlacedTwice() {
        CliRun search = ask("Search for trail running shoes under $100");
        // Issue 15: product lists render as a table (id, title, price, rating, stock) instead of "Product id: ..." lines.
        assertThat(search.out()).containsPattern("1  P0283  Strideline Summit Trail Running Shoe +98.99 USD");
        assertThat(search.err()).contains("search_products {\"query\":\"trail running shoes\",\"max_price\":100}");

        assertThat(ask("Create a new cart").out()).contains("Cart id: C1");
        CliRun added = ask("Add 1 of P0283-RED-40 to cart C1");
        assertThat(added.exitCode()).isZero();
        assertThat(added.out()).contains("Sku: P0283-RED-40", "Items subtotal: 98.99 USD").doesNotContain("does not exist");

        CliRun prepared = CliRun.run(dataDir, "tools", "call", "--session", "demo", "prepare_checkout",
                "{\"cart_id\": \"C1\", \"address\": " + ADDRESS + "}");
        assertThat(prepared.exitCode()).as(prepared.err()).isZero();
        JsonNode preview = PraxisJson.parse(prepared.out());
        assertThat(preview.at("/price/total/amount").asText()).isEqualTo("106.17");
        String place = PraxisJson.write(Map.of("approval_token", preview.get("approval_token").asText(),
                "idempotency_key", "demo-order-1"));

        CliRun placed = CliRun.run(dataDir, "y\n", Map.of(), "tools", "call", "--session", "demo", "--approve", "ask",
                "place_order", place);
        assertThat(placed.exitCode()).as(placed.err()).isZero();
        assertThat(placed.err()).contains("Place order CHK1 for cart C1: 106.17 USD",
                "1 x Strideline Summit Trail Running Shoe (SKU P0283-RED-40) at 98.99 USD = 98.99 USD",
                "Tax US-CA 7.25 %: 7.18 USD", "Total: 106.17 USD", "Ship to: Ada Shopper, 1 Main St, San Francisco CA 94105, US");
        JsonNode order = PraxisJson.parse(placed.out());
        assertThat(order.at("/order/order_id").asText()).isEqualTo("O-1001");
        assertThat(order.get("replayed").asBoolean()).isFalse();

        CliRun again = CliRun.run(dataDir, "y\n", Map.of(), "tools", "call", "--session", "demo", "--approve", "ask",
                "place_order", place);
        assertThat(again.err()).contains("ALREADY PLACED as order O-1001");
        JsonNode replayed = PraxisJson.parse(again.out());
        assertThat(replayed.at("/order/order_id").asText()).isEqualTo("O-1001");
        assertThat(replayed.get("replayed").asBoolean()).isTrue();

        CliRun orders = ask("Show my orders");
        assertThat(orders.out()).contains("Order id: O-1001").doesNotContain("O-1002");
        assertThat(FileRecordStore.open(dataDir.resolve("records")).list("shop_order", "", 10))
                .extracting(StoredRecord::id).containsExactly("O-1001");
    }

    @Test
    void readOnlyCommandsDoNotOpenTheRecords() {
        assertThat(CliRun.run(dataDir, "tools", "list").exitCode()).isZero();
        assertThat(CliRun.run(dataDir, "agents").exitCode()).isZero();

        assertThat(dataDir.resolve("records")).doesNotExist();
    }
}
