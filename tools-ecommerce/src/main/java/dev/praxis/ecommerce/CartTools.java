package dev.praxis.ecommerce;

import dev.praxis.approval.ApprovalSummary;
import dev.praxis.ecommerce.cart.Cart;
import dev.praxis.ecommerce.cart.CartService;
import dev.praxis.ecommerce.catalog.ProductRepository;
import dev.praxis.ecommerce.checkout.CartPricer;
import dev.praxis.ecommerce.checkout.PriceBreakdown;
import dev.praxis.ecommerce.discount.DiscountCode;
import dev.praxis.ecommerce.discount.DiscountCodes;
import dev.praxis.ecommerce.discount.DiscountEngine;
import dev.praxis.ecommerce.discount.DiscountRejection;

import dev.praxis.ecommerce.shipping.Address;
import dev.praxis.ecommerce.shipping.ShippingQuote;
import dev.praxis.tool.Param;
import dev.praxis.tool.SideEffect;
import dev.praxis.tool.ToolContext;
import dev.praxis.tool.ToolException;
import dev.praxis.tool.ToolFunction;

import java.time.Clock;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Cart tools: reversible changes to the shopper's own carts, and read-only pricing and shipping quotes. */
final class CartTools {

    record DiscountApplied(String code, String description, PriceBreakdown price) {
    }

    record ShippingOptions(String cartId, String destination, List<ShippingQuote> options) {
    }

    private final CartService carts;
    private final CartPricer pricer;
    private final DiscountCodes codes;
    private final DiscountEngine engine = new DiscountEngine();
    private final Currency currency;
    private final Clock clock;
    private final ProductRepository repository;

    CartTools(CartService carts, CartPricer pricer, DiscountCodes codes, Currency currency, Clock clock,
              ProductRepository repository) {
        this.repository = repository;
        this.carts = carts;
        this.pricer = pricer;
        this.codes = codes;
        this.currency = currency;
        this.clock = clock;
    }

    @ToolFunction(name = "create_cart", description = "Create an empty cart for this shopper; returns its cart_id.",
            sideEffect = SideEffect.REVERSIBLE, summary = "describeCreateCart")
    public Views.CartView createCart(ToolContext context,
                                     @Param(value = "ISO-4217 currency (the store sells in its own currency only)", required = false) @Nullable String currency) {
        if (currency != null && !currency.equalsIgnoreCase(this.currency.getCurrencyCode())) {
            throw new ToolException("currency: this store sells in " + this.currency.getCurrencyCode() + " only, got " + currency);
        }
        return Views.cart(carts.create(context.sessionId(), this.currency));
    }

    @ToolFunction(name = "view_cart", description = "The lines and codes of a cart.")
    public Views.CartView viewCart(ToolContext context, @Param("Cart id from create_cart") String cartId) {
        return Views.cart(carts.get(context.sessionId(), cartId));
    }

    @ToolFunction(name = "add_to_cart", description = "Add units of a variant (SKU from get_product, never a product id) "
            + "to a cart. Only add what the shopper asked for.", sideEffect = SideEffect.REVERSIBLE,
            summary = "describeAddToCart")
    public Views.CartView addToCart(ToolContext context, @Param("Cart id") String cartId,
                                    @Param("Variant SKU, e.g. P0042-BLA-42") String sku,
                                    @Param(value = "Units to add", min = "1", max = "20") int quantity) {
        return Views.cart(carts.add(context.sessionId(), cartId, sku, quantity));
    }

    @ToolFunction(name = "update_cart_line", description = "Set the quantity of a cart line; 0 removes it.",
            sideEffect = SideEffect.REVERSIBLE, summary = "describeUpdateCartLine")
    public Views.CartView updateCartLine(ToolContext context, @Param("Cart id") String cartId,
                                         @Param("Line id from view_cart, e.g. L1") String lineId,
                                         @Param(value = "New quantity", min = "0", max = "20") int quantity) {
        return Views.cart(carts.update(context.sessionId(), cartId, lineId, quantity));
    }

    @ToolFunction(name = "remove_from_cart", description = "Remove a line from a cart.", sideEffect = SideEffect.REVERSIBLE,
            summary = "describeRemoveFromCart")
    public Views.CartView removeFromCart(ToolContext context, @Param("Cart id") String cartId,
                                         @Param("Line id from view_cart") String lineId) {
        return Views.cart(carts.remove(context.sessionId(), cartId, lineId));
    }

    @ToolFunction(name = "apply_discount_code", description = "Apply a discount code the shopper gave you. Checks expiry, "
            + "minimum subtotal and stacking rules; returns the new price breakdown or the reason it was refused.",
            sideEffect = SideEffect.REVERSIBLE, summary = "describeApplyDiscountCode")
    public DiscountApplied applyDiscountCode(ToolContext context, @Param("Cart id") String cartId,
                                             @Param("The code, as the shopper typed it") String code) {
        Cart cart = carts.get(context.sessionId(), cartId);
        DiscountCode discount = codes.find(code).orElseThrow(() -> new DiscountRejection(
                DiscountRejection.Reason.NOT_FOUND, "no discount code '" + code + "'"));
        engine.checkCanAdd(discount, pricer.codesOf(cart), cart.currency(), CartPricer.discountLines(cart), clock.instant());
        Cart updated = carts.addCode(context.sessionId(), cartId, discount.code());
        return new DiscountApplied(discount.code(), discount.summary(), pricer.price(updated, Optional.empty(), Optional.empty()));
    }

    @ToolFunction(name = "price_cart", description = "Exact price breakdown of a cart: lines, discounts with their "
            + "allocation to lines, shipping, tax lines and total. Give an address for shipping and tax. Quote these "
            + "figures; never compute prices yourself.")
    public PriceBreakdown priceCart(ToolContext context, @Param("Cart id") String cartId,
                                    @Param(value = "Shipping address, for shipping and tax", required = false) @Nullable Address address,
                                    @Param(value = "standard (default) or express", required = false) @Nullable String shippingOption) {
        Cart cart = carts.get(context.sessionId(), cartId);
        return pricer.price(cart, Optional.ofNullable(address).map(Address::validated), Optional.ofNullable(shippingOption));
    }

    @ToolFunction(name = "quote_shipping", description = "Shipping options with cost and delivery time for a cart to an address.")
    public ShippingOptions quoteShipping(ToolContext context, @Param("Cart id") String cartId,
                                         @Param("Destination address") Address address) {
        Cart cart = carts.get(context.sessionId(), cartId);
        Address to = address.validated();
        return new ShippingOptions(cartId, to.jurisdiction(), pricer.quoteShipping(cart, to));
    }

    // Approval summaries: what a person approving each cart change sees; every cart change can be undone.

    /** create_cart: an empty cart in the store's currency. */
    public ApprovalSummary describeCreateCart(ToolContext context, String currency) {
        return ApprovalSummaries.cartChange("Create an empty cart (" + this.currency.getCurrencyCode() + ")");
    }

    /** add_to_cart: the product, SKU, quantity, unit price and line amount. */
    public ApprovalSummary describeAddToCart(ToolContext context, String cartId, String sku, int quantity) {
        return ApprovalSummaries.added(cartId, repository.findBySku(sku), sku, quantity);
    }

    /** update_cart_line: the line's product and its quantity and amount before and after. */
    public ApprovalSummary describeUpdateCartLine(ToolContext context, String cartId, String lineId, int quantity) {
        return ApprovalSummaries.lineChange(carts.get(context.sessionId(), cartId), lineId, quantity);
    }

    /** remove_from_cart: the line that goes. */
    public ApprovalSummary describeRemoveFromCart(ToolContext context, String cartId, String lineId) {
        return ApprovalSummaries.lineChange(carts.get(context.sessionId(), cartId), lineId, 0);
    }

    /** apply_discount_code: the code and what it gives, if the store knows it. */
    public ApprovalSummary describeApplyDiscountCode(ToolContext context, String cartId, String code) {
        return ApprovalSummaries.cartChange("Apply discount code " + code + " to cart " + cartId,
                codes.find(code).map(DiscountCode::summary).orElse("unknown code: the call will be refused"));
    }
}
