package dev.praxis.ecommerce.discount;

import dev.praxis.ecommerce.EcommercePack;
import dev.praxis.ecommerce.money.Money;
import dev.praxis.testing.MutableClock;
import dev.praxis.tool.ToolBox;
import dev.praxis.tool.ToolContext;
import dev.praxis.tool.ToolResult;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A discount code in another currency than the cart is refused with a reason the model can act on (issue 13). */
class CurrencyMismatchToolTest {

    @Test
    void applyDiscountCodeRefusesACodeInAnotherCurrencyWithAReason() {
        DiscountCode euro = DiscountCode.amountOff("EURO5", Money.of(500, "EUR"), Money.of(0, "EUR"),
                Instant.parse("2030-01-01T00:00:00Z"), true, 10);
        EcommercePack pack = EcommercePack.builder().clock(MutableClock.at("2026-11-29T10:00:00Z"))
                .discountCodes(DiscountCodes.of(List.of(euro))).build();
        ToolBox box = ToolBox.of(pack.tools());
        ToolContext session = new ToolContext("shopper-1", "call-1");
        String sku = pack.repository().all().stream().flatMap(p -> p.variants().stream())
                .filter(v -> pack.repository().stock(v.sku()) > 0).findFirst().orElseThrow().sku();
        String cart = box.call("create_cart", "{}", session).result().get("cart_id").asText();
        assertThat(box.call("add_to_cart", "{\"cart_id\":\"" + cart + "\",\"sku\":\"" + sku + "\",\"quantity\":1}", session).isOk())
                .isTrue();

        ToolResult applied = box.call("apply_discount_code", "{\"cart_id\":\"" + cart + "\",\"code\":\"euro5\"}", session);

        assertThat(applied.isOk()).isFalse();
        assertThat(applied.error()).contains("currency_mismatch: EURO5 is a EUR code and this cart is in USD");
        assertThat(box.call("view_cart", "{\"cart_id\":\"" + cart + "\"}", session).result().get("discount_codes")).isEmpty();
    }
}
