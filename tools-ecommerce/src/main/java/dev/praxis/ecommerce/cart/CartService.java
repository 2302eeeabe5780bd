package dev.praxis.ecommerce.cart;

import dev.praxis.ecommerce.catalog.Product;
import dev.praxis.ecommerce.catalog.ProductRepository;
import dev.praxis.ecommerce.catalog.Variant;
import dev.praxis.ecommerce.money.Money;
import dev.praxis.ecommerce.records.ShopRecords;
import dev.praxis.records.RecordStore;
import dev.praxis.tool.ToolException;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Creates and changes carts, kept in a {@link RecordStore} (kind {@value ShopRecords#CART}) so that a cart
 * outlives the process and a second process on the same store continues it. Only variant SKUs go into a cart (a
 * product id is refused with the list of its SKUs), quantities are checked against live stock, and a session sees
 * only its own carts. Every change is one compare-and-set of the cart's record ({@link RecordStore#update}), so
 * concurrent changes to one cart from threads or processes never lose each other.
 */
public final class CartService {

    /** Most units of one SKU a cart may hold. */
    public static final int MAX_QUANTITY = 20;

    // Cart ids a model may pass: anything else is a cart that does not exist, never a malformed store key.
    private static final Pattern VALID_ID = Pattern.compile("C[0-9]{1,18}");

    private final ProductRepository repository;
    private final RecordStore records;

    /**
     * Carts over {@code repository}'s variants and live stock, kept in {@code records}.
     *
     * @param repository the catalogue and its live stock
     * @param records where carts are kept
     */
    public CartService(ProductRepository repository, RecordStore records) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.records = Objects.requireNonNull(records, "records");
    }

    /**
     * A new empty cart owned by {@code owner}, numbered by a sequence shared by every process on the store.
     *
     * @param owner the session that owns the cart
     * @param currency the currency of every price in the cart
     * @return the new cart
     */
    public Cart create(String owner, Currency currency) {
        Cart cart = new Cart("C" + ShopRecords.next(records, "cart", 0), owner, currency, List.of(), List.of(), 1, false);
        ShopRecords.create(records, ShopRecords.CART, cart.id(), cart);
        return cart;
    }

    /**
     * The cart {@code cartId} of {@code owner}.
     *
     * @param owner the session asking
     * @param cartId the cart's id
     * @return the cart
     */
    public Cart get(String owner, String cartId) {
        return find(cartId).filter(c -> c.owner().equals(owner)).orElseThrow(() -> missing(cartId));
    }

    private Optional<Cart> find(String cartId) {
        if (cartId == null || !VALID_ID.matcher(cartId).matches()) {
            return Optional.empty();
        }
        return ShopRecords.get(records, ShopRecords.CART, cartId, Cart.class);
    }

    private static ToolException missing(String cartId) {
        return new ToolException("cart_id '" + cartId + "' does not exist in this session; call create_cart first");
    }

    /**
     * Adds {@code quantity} units of {@code sku}, merging with an existing line of the same SKU.
     *
     * @param owner the session that owns the cart
     * @param cartId the cart's id
     * @param quantity the units to add, positive
     * @param sku the variant to add
     * @return the cart after the change
     */
    public Cart add(String owner, String cartId, String sku, int quantity) {
        Product product = repository.findBySku(sku).orElseThrow(() -> unknownSku(sku));
        Variant variant = product.variant(sku).orElseThrow();
        return change(owner, cartId, cart -> {
            requireCurrency(cart, variant.price());
            List<CartLine> lines = new ArrayList<>(cart.lines());
            int index = indexOfSku(lines, sku);
            int total = quantity + (index < 0 ? 0 : lines.get(index).quantity());
            requireAvailable(sku, total);
            if (index < 0) {
                lines.add(new CartLine("L" + (maxLineNumber(lines) + 1), sku, product.id(), product.title(),
                        product.category(), variant.options(), total, variant.price()));
            } else {
                lines.set(index, lines.get(index).withQuantity(total, variant.price()));
            }
            return withLines(cart, lines);
        });
    }

    /**
     * Sets the quantity of line {@code lineId}; zero removes it.
     *
     * @param owner the session that owns the cart
     * @param cartId the cart's id
     * @param lineId the line to change
     * @param quantity the new quantity; zero removes the line
     * @return the cart after the change
     */
    public Cart update(String owner, String cartId, String lineId, int quantity) {
        if (quantity == 0) {
            return remove(owner, cartId, lineId);
        }
        return change(owner, cartId, cart -> {
            List<CartLine> lines = new ArrayList<>(cart.lines());
            int index = indexOfLine(cart, lineId);
            CartLine line = lines.get(index);
            requireAvailable(line.sku(), quantity);
            Variant variant = repository.findBySku(line.sku()).flatMap(p -> p.variant(line.sku())).orElseThrow(() -> unknownSku(line.sku()));
            lines.set(index, line.withQuantity(quantity, variant.price()));
            return withLines(cart, lines);
        });
    }

    /**
     * Removes line {@code lineId}.
     *
     * @param owner the session that owns the cart
     * @param cartId the cart's id
     * @param lineId the line to remove
     * @return the cart after the change
     */
    public Cart remove(String owner, String cartId, String lineId) {
        return change(owner, cartId, cart -> {
            List<CartLine> lines = new ArrayList<>(cart.lines());
            lines.remove(indexOfLine(cart, lineId));
            return withLines(cart, lines);
        });
    }

    /**
     * Adds a discount code (already validated by the caller).
     *
     * @param owner the session that owns the cart
     * @param cartId the cart's id
     * @param code the discount code to add
     * @return the cart after the change
     */
    public Cart addCode(String owner, String cartId, String code) {
        return change(owner, cartId, cart -> {
            List<String> codes = new ArrayList<>(cart.discountCodes());
            codes.add(code);
            return new Cart(cart.id(), cart.owner(), cart.currency(), cart.lines(), codes, cart.version() + 1, false);
        });
    }

    /**
     * Removes a discount code.
     *
     * @param owner the session that owns the cart
     * @param cartId the cart's id
     * @param code the discount code to remove
     * @return the cart after the change
     */
    public Cart removeCode(String owner, String cartId, String code) {
        return change(owner, cartId, cart -> {
            List<String> codes = new ArrayList<>(cart.discountCodes());
            if (!codes.removeIf(c -> c.equalsIgnoreCase(code))) {
                throw new ToolException("code: " + code + " is not on cart " + cartId);
            }
            return new Cart(cart.id(), cart.owner(), cart.currency(), cart.lines(), codes, cart.version() + 1, false);
        });
    }

    /**
     * Marks the cart as turned into an order; it can no longer change.
     *
     * @param owner the session that owns the cart
     * @param cartId the cart's id
     * @return the cart, now checked out
     */
    public Cart checkOut(String owner, String cartId) {
        return change(owner, cartId, cart -> new Cart(cart.id(), cart.owner(), cart.currency(), cart.lines(),
                cart.discountCodes(), cart.version() + 1, true));
    }

    // The change may run more than once (a compare-and-set retried after another process wrote the cart), so it
    // reads only its argument and the catalogue.
    private Cart change(String owner, String cartId, UnaryOperator<Cart> change) {
        get(owner, cartId);
        return records.update(ShopRecords.CART, cartId, Cart.class, cart -> {
            if (cart.checkedOut()) {
                throw new ToolException("cart " + cartId + " was already checked out; create a new cart");
            }
            return change.apply(cart);
        });
    }

    private void requireAvailable(String sku, int quantity) {
        if (quantity > MAX_QUANTITY) {
            throw new ToolException("quantity: at most " + MAX_QUANTITY + " units of one item per cart, asked for " + quantity);
        }
        int stock = repository.stock(sku);
        if (quantity > stock) {
            throw new ToolException("quantity: only " + stock + " units of " + sku + " are in stock, asked for " + quantity);
        }
    }

    private ToolException unknownSku(String sku) {
        return repository.find(sku).map(p -> new ToolException("sku: '" + sku + "' is a product id, not a variant; "
                        + "pick one of its variants: " + p.variants().stream().map(v -> v.sku() + " " + v.options()).toList()))
                .orElseGet(() -> new ToolException("sku: no variant '" + sku + "'; use get_product to see valid SKUs"));
    }

    private static void requireCurrency(Cart cart, Money price) {
        if (!price.currency().equals(cart.currency())) {
            throw new ToolException("sku is priced in " + price.currency() + " but the cart is in " + cart.currency());
        }
    }

    private static int indexOfSku(List<CartLine> lines, String sku) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).sku().equals(sku)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfLine(Cart cart, String lineId) {
        for (int i = 0; i < cart.lines().size(); i++) {
            if (cart.lines().get(i).lineId().equals(lineId)) {
                return i;
            }
        }
        throw new ToolException("line_id: no line '" + lineId + "' in cart " + cart.id() + "; lines are "
                + cart.lines().stream().map(CartLine::lineId).toList());
    }

    private static int maxLineNumber(List<CartLine> lines) {
        return lines.stream().mapToInt(l -> Integer.parseInt(l.lineId().substring(1))).max().orElse(0);
    }

    private static Cart withLines(Cart cart, List<CartLine> lines) {
        return new Cart(cart.id(), cart.owner(), cart.currency(), lines, cart.discountCodes(), cart.version() + 1, false);
    }
}
