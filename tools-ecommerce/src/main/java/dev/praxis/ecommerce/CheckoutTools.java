package dev.praxis.ecommerce;

import dev.praxis.approval.ApprovalSummary;
import dev.praxis.ecommerce.checkout.CheckoutPreview;
import dev.praxis.ecommerce.checkout.CheckoutService;
import dev.praxis.ecommerce.checkout.PlacedOrder;
import dev.praxis.ecommerce.shipping.Address;
import dev.praxis.tool.Param;
import dev.praxis.tool.SideEffect;
import dev.praxis.tool.ToolContext;
import dev.praxis.tool.ToolFunction;
import org.jspecify.annotations.Nullable;

/** Checkout: a read-only priced preview with an approval token, then the irreversible order. */
final class CheckoutTools {

    record OrderPlaced(Views.OrderView order, boolean replayed) {
    }

    private final CheckoutService checkout;

    CheckoutTools(CheckoutService checkout) {
        this.checkout = checkout;
    }

    @ToolFunction(name = "prepare_checkout", description = "Price a cart for an address and shipping option and get an "
            + "approval token for exactly that preview. Changes nothing. Show the preview to the shopper and ask "
            + "for explicit approval before place_order.")
    public CheckoutPreview prepareCheckout(ToolContext context, @Param("Cart id") String cartId,
                                           @Param("Shipping address") Address address,
                                           @Param(value = "standard (default) or express", required = false) @Nullable String shippingOption) {
        return checkout.prepare(context.sessionId(), cartId, address, shippingOption == null ? "standard" : shippingOption);
    }

    @ToolFunction(name = "place_order", description = "Place the order the shopper approved. Needs the approval_token "
            + "from prepare_checkout (refused if the cart changed or the token expired) and a unique idempotency_key "
            + "(reuse it only to retry the same order).", sideEffect = SideEffect.IRREVERSIBLE,
            summary = "describePlaceOrder", preparedBy = "prepare_checkout")
    public OrderPlaced placeOrder(ToolContext context, @Param("Token from prepare_checkout") String approvalToken,
                                  @Param("Unique key for this order, e.g. a UUID") String idempotencyKey) {
        PlacedOrder placed = checkout.place(context.sessionId(), context.userId(), approvalToken, idempotencyKey);
        return new OrderPlaced(Views.order(placed.order()), placed.replayed());
    }

    /** What the approver of place_order sees: the previewed items, totals with currency, address, expiry. */
    public ApprovalSummary describePlaceOrder(ToolContext context, String approvalToken, String idempotencyKey) {
        return checkout.describe(context.sessionId(), approvalToken);
    }
}
