package dev.praxis.ecommerce.discount;

import dev.praxis.tool.ToolException;

/** A code that cannot be applied, with a machine-readable reason and a sentence for the shopper. */
public final class DiscountRejection extends ToolException {

    /** Why a code was refused. */
    public enum Reason { NOT_FOUND, EXPIRED, MIN_SUBTOTAL, NOT_COMBINABLE, ALREADY_APPLIED, NOT_APPLICABLE, CURRENCY_MISMATCH }

    private final Reason reason;

    public DiscountRejection(Reason reason, String message) {
        super(reason.name().toLowerCase(java.util.Locale.ROOT) + ": " + message);
        this.reason = reason;
    }

    /** The machine-readable reason. */
    public Reason reason() {
        return reason;
    }
}
