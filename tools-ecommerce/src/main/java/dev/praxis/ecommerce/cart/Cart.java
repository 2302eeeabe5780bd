package dev.praxis.ecommerce.cart;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * An immutable snapshot of a cart; stored as JSON in the pack's record store.
 *
 * @param id            cart id, e.g. {@code C1}
 * @param owner         session that owns it
 * @param currency      currency of every price in it
 * @param lines         lines in the order they were added
 * @param discountCodes codes the shopper entered, in the order entered
 * @param version       incremented by every change
 * @param checkedOut    true once an order was placed from it; it cannot change any more
 */
public record Cart(String id, String owner, Currency currency, List<CartLine> lines, List<String> discountCodes,
                   long version, boolean checkedOut) {

    /**
     * Checks the identity fields and copies the lists.
     *
     * @param id cart id, e.g. {@code C1}
     * @param owner session that owns it
     * @param currency currency of every price in it
     * @param lines lines in the order they were added
     * @param discountCodes codes the shopper entered, in the order entered
     * @param version incremented by every change
     * @param checkedOut true once an order was placed from it; it cannot change any more
     */
    public Cart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(currency, "currency");
        lines = List.copyOf(lines);
        discountCodes = List.copyOf(discountCodes);
    }

    /**
     * Whether the cart has no lines.
     *
     * @return true when the cart has no lines
     */
    @JsonIgnore
    public boolean isEmpty() {
        return lines.isEmpty();
    }
}
