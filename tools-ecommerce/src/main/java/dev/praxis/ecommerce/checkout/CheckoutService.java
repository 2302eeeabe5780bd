package dev.praxis.ecommerce.checkout;

import dev.praxis.approval.ActionToken;
import dev.praxis.approval.ActionTokenException;
import dev.praxis.approval.ActionTokens;
import dev.praxis.approval.ApprovalSummary;
import dev.praxis.ecommerce.approval.ApprovalException;
import dev.praxis.ecommerce.approval.IdempotencyLedger;
import dev.praxis.ecommerce.cart.Cart;
import dev.praxis.ecommerce.cart.CartLine;
import dev.praxis.ecommerce.cart.CartService;
import dev.praxis.ecommerce.catalog.ProductRepository;
import dev.praxis.ecommerce.order.Order;
import dev.praxis.ecommerce.order.OrderBook;
import dev.praxis.ecommerce.order.OrderLine;
import dev.praxis.ecommerce.shipping.Address;
import dev.praxis.tool.ToolException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Two-step checkout. {@link #prepare} prices the cart for an address and shipping option and returns the
 * preview with an approval token ({@link ActionTokens}) bound to the canonical preview (cart id and version,
 * address, every price) and the session. {@link #place} prices the cart again and checks the token against the
 * new preview, so any change to the cart, its prices, codes or the address refuses it; then it reserves stock,
 * redeems the token (single use, also across processes sharing the used-token store) and records the order.
 * The same idempotency key with the same token returns the same order; with another token it is a conflict.
 */
public final class CheckoutService {

    static final String KIND = "checkout";

    private record Session(String owner, String cartId, Address shipTo, String shippingOption, CheckoutPreview preview) {
    }

    private record Canonical(String cartId, long cartVersion, Address shipTo, PriceBreakdown price) {
    }

    private final CartService carts;
    private final CartPricer pricer;
    private final OrderBook orders;
    private final ProductRepository repository;
    private final ActionTokens tokens;
    private final Duration lifetime;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, String> orderByToken = new ConcurrentHashMap<>();
    private final IdempotencyLedger<Order> ledger = new IdempotencyLedger<>();
    private final AtomicLong ids = new AtomicLong();

    /** Checkout over the given carts, pricer, order book and stock; approvals last {@code lifetime}. */
    public CheckoutService(CartService carts, CartPricer pricer, OrderBook orders, ProductRepository repository,
                           ActionTokens tokens, Duration lifetime) {
        this.carts = carts;
        this.pricer = pricer;
        this.orders = orders;
        this.repository = repository;
        this.tokens = tokens;
        this.lifetime = lifetime;
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
        ActionToken token = tokens.issue(KIND, new Canonical(cart.id(), cart.version(), address, price), owner, lifetime);
        String checkoutId = "CHK" + ids.incrementAndGet();
        CheckoutPreview preview = new CheckoutPreview(checkoutId, cartId, cart.version(), address, price,
                token.actionHash(), token.value(), token.expiresAt(), "Show this preview (items, discounts, shipping, "
                + "tax, total, address) to the shopper and ask for explicit approval. Only after they say yes, call "
                + "place_order with this approval_token and a new idempotency_key.");
        sessions.put(token.id(), new Session(owner, cartId, address, price.shippingOption(), preview));
        return preview;
    }

    /**
     * What the approver of {@code place_order} with {@code approvalToken} sees: the previewed items, totals and
     * address, and a warning when the token would be refused (the cart changed, the token expired or was used).
     */
    public ApprovalSummary describe(String owner, String approvalToken) {
        Session session = session(owner, approvalToken);
        String problem = null;
        try {
            tokens.check(approvalToken, KIND, current(owner, session), owner);
        } catch (ActionTokenException e) {
            problem = reworded(e, tokens.read(approvalToken).id()).getMessage();
        } catch (ToolException e) {
            problem = e.getMessage();
        }
        return OrderSummary.of(session.preview(), problem);
    }

    /**
     * Places the order approved with {@code approvalToken}, once per {@code idempotencyKey}: the cart and the
     * checkout belong to the session {@code owner}, the order to the person {@code customer}.
     *
     * @throws ApprovalException when the token is missing, forged, expired, used, or its preview no longer
     *                           matches the cart, or when the key was used for another token
     */
    public PlacedOrder place(String owner, String customer, String approvalToken, String idempotencyKey) {
        String fingerprint = ActionTokens.hash(String.valueOf(approvalToken));
        IdempotencyLedger.Outcome<Order> outcome = ledger.run(customer, idempotencyKey, fingerprint,
                () -> placeOnce(owner, customer, approvalToken));
        Order order = outcome.replayed() ? orders.get(customer, outcome.value().id()) : outcome.value();
        return new PlacedOrder(order, outcome.replayed());
    }

    private Order placeOnce(String owner, String customer, String approvalToken) {
        Session session = session(owner, approvalToken);
        String id = tokens.read(approvalToken).id();
        Cart cart = carts.get(owner, session.cartId());
        Canonical now = canonical(cart, session);
        try {
            tokens.check(approvalToken, KIND, now, owner);
            reserveStock(cart);
            try {
                tokens.redeem(approvalToken, KIND, now, owner);
            } catch (ActionTokenException e) {
                cart.lines().forEach(line -> repository.release(line.sku(), line.quantity()));
                throw e;
            }
        } catch (ActionTokenException e) {
            throw reworded(e, id);
        }
        Order order = orders.place(customer, orderLines(cart, now.price()), session.shipTo(), session.shippingOption(),
                now.price().shipping());
        carts.checkOut(owner, cart.id());
        orderByToken.put(id, order.id());
        return order;
    }

    private Session session(String owner, String approvalToken) {
        Session session = sessions.get(tokens.read(approvalToken).id());
        if (session == null || !session.owner().equals(owner)) {
            throw new ApprovalException("approval_token belongs to no checkout of this session");
        }
        return session;
    }

    /** The preview the cart would get now, to compare with the one approved. */
    private Canonical current(String owner, Session session) {
        return canonical(carts.get(owner, session.cartId()), session);
    }

    private Canonical canonical(Cart cart, Session session) {
        PriceBreakdown price = pricer.price(cart, Optional.of(session.shipTo()), Optional.of(session.shippingOption()));
        return new Canonical(cart.id(), cart.version(), session.shipTo(), price);
    }

    private ToolException reworded(ActionTokenException e, String tokenId) {
        return switch (e.reason()) {
            case OTHER_ACTION -> new ApprovalException("the cart changed after prepare_checkout (the preview no longer "
                    + "matches: items, quantities, prices or discount codes differ), so the shopper's approval does not "
                    + "cover it. Call prepare_checkout again, show the new total and ask for approval again");
            case USED -> new ApprovalException("approval_token was already used"
                    + Optional.ofNullable(orderByToken.get(tokenId)).map(o -> " for order " + o).orElse("")
                    + "; a new order needs a new prepare_checkout and a new approval");
            default -> e;
        };
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
