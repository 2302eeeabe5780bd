package dev.praxis.ecommerce.checkout;

import dev.praxis.ecommerce.approval.ApprovalException;
import dev.praxis.ecommerce.approval.ApprovalTokens;
import dev.praxis.ecommerce.approval.IdempotencyLedger;
import dev.praxis.ecommerce.approval.PreviewHash;
import dev.praxis.ecommerce.cart.Cart;
import dev.praxis.ecommerce.cart.CartLine;
import dev.praxis.ecommerce.cart.CartService;
import dev.praxis.ecommerce.catalog.ProductRepository;
import dev.praxis.ecommerce.order.Order;
import dev.praxis.ecommerce.order.OrderBook;
import dev.praxis.ecommerce.order.OrderLine;
import dev.praxis.ecommerce.shipping.Address;
import dev.praxis.tool.ToolException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Two-step checkout. {@link #prepare} prices the cart for an address and shipping option and returns the
 * preview with an approval token bound to the preview's hash. {@link #place} verifies the token (signature,
 * purpose, expiry), prices the cart again and refuses if the new preview's hash differs (any change to the
 * cart, its prices, codes or the address), reserves stock and records the order. The same idempotency key
 * with the same token returns the same order; with another token it is a conflict. A token places at most
 * one order.
 */
public final class CheckoutService {

    static final String PURPOSE = "checkout";

    private record Session(String owner, String cartId, Address shipTo, String shippingOption) {
    }

    private record Canonical(String cartId, long cartVersion, Address shipTo, PriceBreakdown price) {
    }

    private final CartService carts;
    private final CartPricer pricer;
    private final OrderBook orders;
    private final ProductRepository repository;
    private final ApprovalTokens tokens;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, String> usedTokens = new ConcurrentHashMap<>();
    private final IdempotencyLedger<Order> ledger = new IdempotencyLedger<>();
    private final AtomicLong ids = new AtomicLong();

    /** Checkout over the given carts, pricer, order book, stock and token issuer. */
    public CheckoutService(CartService carts, CartPricer pricer, OrderBook orders, ProductRepository repository,
                           ApprovalTokens tokens) {
        this.carts = carts;
        this.pricer = pricer;
        this.orders = orders;
        this.repository = repository;
        this.tokens = tokens;
    }

    /** Prices {@code cartId} for {@code shipTo} and issues an approval token for exactly that preview. Changes nothing. */
    public CheckoutPreview prepare(String owner, String cartId, Address shipTo, String shippingOption) {
        Cart cart = carts.get(owner, cartId);
        if (cart.isEmpty()) {
            throw new ToolException("cart " + cartId + " is empty; add items before checkout");
        }
        if (cart.checkedOut()) {
            throw new ToolException("cart " + cartId + " was already checked out");
        }
        Address address = shipTo.validated();
        PriceBreakdown price = pricer.price(cart, Optional.of(address), Optional.of(shippingOption));
        String hash = PreviewHash.of(new Canonical(cart.id(), cart.version(), address, price));
        String checkoutId = "CHK" + ids.incrementAndGet();
        sessions.put(checkoutId, new Session(owner, cartId, address, price.shippingOption()));
        String token = tokens.issue(PURPOSE, checkoutId, hash);
        return new CheckoutPreview(checkoutId, cartId, cart.version(), address, price, hash, token,
                tokens.expiryFromNow(), "Show this preview (items, discounts, shipping, tax, total, address) to the "
                + "shopper and ask for explicit approval. Only after they say yes, call place_order with this "
                + "approval_token and a new idempotency_key.");
    }

    /**
     * Places the order approved with {@code approvalToken}, once per {@code idempotencyKey}: the cart and the
     * checkout belong to the session {@code owner}, the order to the person {@code customer}.
     *
     * @throws ApprovalException when the token is missing, forged, expired, used, or its preview no longer
     *                           matches the cart, or when the key was used for another token
     */
    public PlacedOrder place(String owner, String customer, String approvalToken, String idempotencyKey) {
        String fingerprint = PreviewHash.ofText(String.valueOf(approvalToken));
        IdempotencyLedger.Outcome<Order> outcome = ledger.run(customer, idempotencyKey, fingerprint,
                () -> placeOnce(owner, customer, approvalToken));
        Order order = outcome.replayed() ? orders.get(customer, outcome.value().id()) : outcome.value();
        return new PlacedOrder(order, outcome.replayed());
    }

    private Order placeOnce(String owner, String customer, String approvalToken) {
        ApprovalTokens.Claims claims = tokens.verify(approvalToken, PURPOSE);
        Session session = sessions.get(claims.subject());
        if (session == null || !session.owner().equals(owner)) {
            throw new ApprovalException("approval_token belongs to no checkout of this session");
        }
        String previous = usedTokens.get(claims.subject());
        if (previous != null) {
            throw new ApprovalException("approval_token was already used for order " + previous
                    + "; a new order needs a new prepare_checkout and a new approval");
        }
        Cart cart = carts.get(owner, session.cartId());
        PriceBreakdown price = pricer.price(cart, Optional.of(session.shipTo()), Optional.of(session.shippingOption()));
        String hash = PreviewHash.of(new Canonical(cart.id(), cart.version(), session.shipTo(), price));
        if (!hash.equals(claims.previewHash())) {
            throw new ApprovalException("the cart changed after prepare_checkout (the preview hash no longer matches: "
                    + "items, quantities, prices or discount codes differ), so the shopper's approval does not cover it. "
                    + "Call prepare_checkout again, show the new total and ask for approval again");
        }
        reserveStock(cart);
        Order order = orders.place(customer, orderLines(cart, price), session.shipTo(), session.shippingOption(), price.shipping());
        carts.checkOut(owner, cart.id());
        usedTokens.put(claims.subject(), order.id());
        return order;
    }

    private void reserveStock(Cart cart) {
        List<CartLine> reserved = new ArrayList<>();
        for (CartLine line : cart.lines()) {
            if (!repository.reserve(line.sku(), line.quantity())) {
                reserved.forEach(r -> repository.release(r.sku(), r.quantity()));
                throw new ToolException("only " + repository.stock(line.sku()) + " units of " + line.sku() + " ("
                        + line.title() + ") are left; update the cart and prepare_checkout again");
            }
            reserved.add(line);
        }
    }

    private List<OrderLine> orderLines(Cart cart, PriceBreakdown price) {
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < cart.lines().size(); i++) {
            CartLine c = cart.lines().get(i);
            PricedLine p = price.lines().get(i);
            boolean finalSale = repository.find(c.productId()).map(pr -> pr.finalSale()).orElse(false);
            lines.add(new OrderLine(c.lineId(), c.sku(), c.productId(), c.title(), c.category(), finalSale,
                    c.quantity(), c.unitPrice(), p.discount(), p.tax(), p.total()));
        }
        return lines;
    }
}
