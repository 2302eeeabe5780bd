package dev.praxis.ecommerce.discount;

import dev.praxis.tool.ToolException;

/** A code that cannot be applied, with a machine-readable reason and a sentence for the shopper. */
public final class DiscountRejection extends ToolException {

    /** Why a code was refused. */
    public enum Reason {
        /** The store has no such code. */
        NOT_FOUND,
        /** The code's expiry date has passed. */
        EXPIRED,
        /** The cart is below the code's minimum subtotal. */
        MIN_SUBTOTAL,
        /** The code cannot be used with a code already on the cart. */
        NOT_COMBINABLE,
        /** The code is already on the cart. */
        ALREADY_APPLIED,
        /** The code applies to no line of the cart. */
        NOT_APPLICABLE,
        /** The code is in another currency than the cart. */
        CURRENCY_MISMATCH
    }

    /** The machine-readable reason. */
    private final Reason reason;

    /**
     * A rejection for {@code reason}, explained by {@code message}.
     *
     * @param reason why the code was refused
     * @param message a sentence for the shopper
     */
    public DiscountRejection(Reason reason, String message) {
        super(reason.name().toLowerCase(java.util.Locale.ROOT) + ": " + message);
        this.reason = reason;
    }

    /**
     * The machine-readable reason.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }
}
