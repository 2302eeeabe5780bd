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
import dev.praxis.ecommerce.records.ShopRecords;
import dev.praxis.ecommerce.shipping.Address;
import dev.praxis.records.RecordStore;
import dev.praxis.tool.ToolException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Two-step checkout. {@link #prepare} prices the cart for an address and shipping option and returns the
 * preview with an approval token ({@link ActionTokens}) bound to the canonical preview (cart id and version,
 * address, every price) and the session. {@link #place} prices the cart again and checks the token against the
 * new preview, so any change to the cart, its prices, codes or the address refuses it; then it reserves stock,
 * redeems the token (single use, also across processes sharing the used-token store) and records the order.
 * The same idempotency key with the same token returns the same order; with another token it is a conflict.
 *
 * <p>Prepared checkouts are records (kind {@value ShopRecords#CHECKOUT}, by the token's id), so a preview made by
 * one process can be approved and placed by another. Placing first writes the order id it is about to use into the
 * checkout's record, then stores the order under that id: after a crash, a retry with the same idempotency key
 * finds the order through the checkout and answers with it instead of placing another.
 */
public final class CheckoutService {

    static final String KIND = "checkout";

    private static final Pattern TOKEN_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /** A prepared checkout as stored; the preview without its token, which is the shopper's to hold. */
    record Session(String owner, String cartId, Address shipTo, String shippingOption, CheckoutPreview preview,
                   String orderId, String placedBy) {

        /** The order id to place, claimed by the attempt {@code attempt} (a digest of its idempotency key). */
        Session placing(String id, String attempt) {
            return orderId != null ? this : new Session(owner, cartId, shipTo, shippingOption, preview, id, attempt);
        }
    }

    private record Canonical(String cartId, long cartVersion, Address shipTo, PriceBreakdown price) {
    }

    private final CartService carts;
    private final CartPricer pricer;
    private final OrderBook orders;
    private final ProductRepository repository;
    private final ActionTokens tokens;
    private final Duration lifetime;
    private final RecordStore records;
    private final IdempotencyLedger ledger;

    /**
     * Checkout over the given carts, pricer, order book and stock; approvals last {@code lifetime}; prepared
     * checkouts and idempotency keys are kept in {@code records}.
     *
     * @param carts the shoppers' carts
     * @param pricer prices carts, shipping and tax
     * @param orders where placed orders go
     * @param repository the catalogue whose stock orders reserve
     * @param tokens issues and redeems approval tokens
     * @param lifetime how long an approval token stays valid
     * @param records where prepared checkouts and idempotency keys are kept
     */
    public CheckoutService(CartService carts, CartPricer pricer, OrderBook orders, ProductRepository repository,
                           ActionTokens tokens, Duration lifetime, RecordStore records) {
        this.carts = carts;
        this.pricer = pricer;
        this.orders = orders;
        this.repository = repository;
        this.tokens = tokens;
        this.lifetime = lifetime;
        this.records = records;
        this.ledger = new IdempotencyLedger(records, "place_order");
    }

    /**
     * Prices {@code cartId} for {@code shipTo} and issues an approval token for exactly that preview. Changes nothing.
     *
     * @param owner the session that owns the cart
     * @param cartId the cart to check out
     * @param shipTo the shipping address
     * @param shippingOption the shipping option's id; standard when null
     * @return the priced preview and its approval token
     */
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
        String checkoutId = "CHK" + ShopRecords.next(records, "checkout", 0);
        CheckoutPreview preview = new CheckoutPreview(checkoutId, cartId, cart.version(), address, price,
                token.actionHash(), token.value(), token.expiresAt(), "Show this preview (items, discounts, shipping, "
                + "tax, total, address) to the shopper and ask for explicit approval. Only after they say yes, call "
                + "place_order with this approval_token and a new idempotency_key.");
        CheckoutPreview stored = new CheckoutPreview(checkoutId, cartId, cart.version(), address, price,
                token.actionHash(), null, token.expiresAt(), preview.nextStep());
        ShopRecords.create(records, ShopRecords.CHECKOUT, recordId(token.id()),
                new Session(owner, cartId, address, price.shippingOption(), stored, null, null));
        return preview;
    }

    /**
     * What the approver of {@code place_order} with {@code approvalToken} sees: the previewed items, totals and
     * address, and a warning when the token would be refused (the cart changed, the token expired or was used).
     *
     * @param owner the session asking
     * @param approvalToken the token the approver is asked about
     * @return the summary to show the approver
     */
    public ApprovalSummary describe(String owner, String approvalToken) {
        Session session = session(owner, approvalToken);
        Optional<String> placed = Optional.ofNullable(session.orderId()).filter(id -> orders.find(id).isPresent());
        if (placed.isPresent()) {
            // A retry of the placed order: with its key it replays, so "will be refused" would mislead.
            ApprovalSummary summary = OrderSummary.of(session.preview(), null);
            List<String> details = new ArrayList<>();
            details.add("ALREADY PLACED as order " + placed.get() + ": with the idempotency_key it was placed under, "
                    + "this returns that order and places nothing new; with any other key it is refused");
            details.addAll(summary.details());
            return new ApprovalSummary(summary.title(), details, summary.expiresAt());
        }
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
     * @param owner the session that owns the cart
     * @param customer the person the order is placed for
     * @param approvalToken the token approved for the preview
     * @param idempotencyKey the caller's key; a retry with it returns the first order
     * @return the placed order, or the one this key placed before
     * @throws ApprovalException when the token is missing, forged, expired, used, or its preview no longer
     *                           matches the cart, or when the key was used for another token
     */
    public PlacedOrder place(String owner, String customer, String approvalToken, String idempotencyKey) {
        String fingerprint = ActionTokens.hash(String.valueOf(approvalToken));
        IdempotencyLedger.Outcome outcome = ledger.run(customer, idempotencyKey, fingerprint,
                () -> placeOnce(owner, customer, approvalToken, attempt(customer, idempotencyKey)),
                () -> placedWith(owner, approvalToken, attempt(customer, idempotencyKey)));
        return new PlacedOrder(orders.get(customer, outcome.id()), outcome.replayed());
    }

    /** Which attempt placed an order: the idempotency key, hashed with its customer. */
    private static String attempt(String customer, String idempotencyKey) {
        return ShopRecords.idOf("", customer, idempotencyKey);
    }

    /**
     * The order placed with {@code approvalToken} by {@code attempt}, if its placing got as far as storing it; also
     * closes the cart, which an interrupted placing may have left open. An order another key placed with the same
     * token is not this attempt's effect.
     */
    private Optional<String> placedWith(String owner, String approvalToken, String attempt) {
        Optional<Session> session;
        try {
            session = findSession(approvalToken).filter(s -> s.owner().equals(owner));
        } catch (ActionTokenException e) {
            return Optional.empty();
        }
        Optional<String> placed = session.filter(s -> attempt.equals(s.placedBy())).map(Session::orderId)
                .filter(id -> orders.find(id).isPresent());
        if (placed.isPresent() && !carts.get(owner, session.get().cartId()).checkedOut()) {
            carts.checkOut(owner, session.get().cartId());
        }
        return placed;
    }

    private String placeOnce(String owner, String customer, String approvalToken, String attempt) {
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
        // The order id is on the checkout's record before the order exists, so that whoever finds this key
        // interrupted can look the order up (see placedWith).
        String fresh = orders.nextOrderId();
        String orderId = records.update(ShopRecords.CHECKOUT, recordId(id), Session.class, s -> s.placing(fresh, attempt))
                .orderId();
        Order order = orders.place(orderId, customer, orderLines(cart, now.price()), session.shipTo(),
                session.shippingOption(), now.price().shipping());
        carts.checkOut(owner, cart.id());
        return order.id();
    }

    private Session session(String owner, String approvalToken) {
        return findSession(approvalToken).filter(s -> s.owner().equals(owner)).orElseThrow(() ->
                new ApprovalException("approval_token belongs to no checkout of this session"));
    }

    private Optional<Session> findSession(String approvalToken) {
        String tokenId = tokens.read(approvalToken).id();
        if (!TOKEN_ID.matcher(tokenId).matches()) {
            return Optional.empty();
        }
        return ShopRecords.get(records, ShopRecords.CHECKOUT, recordId(tokenId), Session.class);
    }

    // Token ids are URL-safe base64, which may start with '-' or '_'; a record id starts with a letter or digit.
    // read() does not check the signature, so a forged id is anything: it is checked before it names a record.
    private static String recordId(String tokenId) {
        return "t" + tokenId;
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
                    + ShopRecords.get(records, ShopRecords.CHECKOUT, recordId(tokenId), Session.class)
                            .map(Session::orderId).filter(o -> orders.find(o).isPresent())
                            .map(o -> " for order " + o).orElse("")
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
