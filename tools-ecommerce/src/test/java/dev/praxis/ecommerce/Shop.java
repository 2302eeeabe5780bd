package dev.praxis.ecommerce;

import dev.praxis.approval.ActionTokens;
import dev.praxis.approval.TokenKey;
import dev.praxis.approval.UsedTokens;
import dev.praxis.testing.MutableClock;
import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.json.PraxisJson;
import dev.praxis.tool.ToolBox;
import dev.praxis.tool.ToolContext;
import dev.praxis.tool.ToolResult;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A pack in a toolbox with a fixed session, for tests that drive the tools as a model would. */
public final class Shop {

    public static final String US_ADDRESS = "{\"name\":\"Ada Shopper\",\"line1\":\"1 Main St\",\"city\":\"San Francisco\","
            + "\"region\":\"CA\",\"postal_code\":\"94105\",\"country\":\"US\"}";
    public static final String DE_ADDRESS = "{\"name\":\"Ada Shopper\",\"line1\":\"Hauptstr. 1\",\"city\":\"Berlin\","
            + "\"postal_code\":\"10115\",\"country\":\"DE\"}";

    public final MutableClock clock;
    public final EcommercePack pack;
    public final ToolBox box;
    public final ToolContext session;

    public Shop() {
        this(MutableClock.at("2026-11-29T10:00:00Z"), "shopper-1");
    }

    /** A shop selling from {@code repository}. */
    public Shop(dev.praxis.ecommerce.catalog.ProductRepository repository) {
        this(MutableClock.at("2026-11-29T10:00:00Z"), "shopper-1", EcommercePack.builder().repository(repository));
    }

    public Shop(MutableClock clock, String sessionId) {
        this(clock, sessionId, EcommercePack.builder());
    }

    private Shop(MutableClock clock, String sessionId, EcommercePack.Builder builder) {
        this.clock = clock;
        this.pack = builder.clock(clock).approvals(new ActionTokens(TokenKey.of(new byte[32]), UsedTokens.inMemory(clock), clock))
                .build();
        this.box = ToolBox.of(pack.tools());
        this.session = new ToolContext(sessionId, "call-1");
    }

    public ToolResult call(String tool, Object args) {
        String json = args instanceof String s ? s : PraxisJson.write(args);
        return box.call(tool, json, session);
    }

    /** Calls a tool that must succeed and returns its JSON result. */
    public JsonNode ok(String tool, Object args) {
        ToolResult r = call(tool, args);
        assertThat(r.isOk()).as(tool + " -> " + r.error()).isTrue();
        return r.result();
    }

    /** A new cart with {@code quantity} of {@code sku}; returns the cart id. */
    public String cartWith(String sku, int quantity) {
        String cartId = ok("create_cart", Map.of()).get("cart_id").asText();
        ok("add_to_cart", Map.of("cart_id", cartId, "sku", sku, "quantity", quantity));
        return cartId;
    }

    public JsonNode prepare(String cartId, String address) {
        return ok("prepare_checkout", "{\"cart_id\":\"" + cartId + "\",\"address\":" + address + "}");
    }

    /** Places an order for the cart (prepare + place) and returns the order id. */
    public String order(String cartId, String address, String key) {
        JsonNode preview = prepare(cartId, address);
        return ok("place_order", Map.of("approval_token", preview.get("approval_token").asText(), "idempotency_key", key))
                .get("order").get("order_id").asText();
    }
}
