package dev.praxis.ecommerce.returns;

import dev.praxis.ecommerce.money.Money;

import java.time.LocalDate;

/**
 * Whether one order line can be returned and refunded on a given day, under which rule, and for how much. The
 * same value is what {@code check_return_eligibility} reports, what a refund preview shows the approver and
 * what {@code issue_refund} enforces.
 *
 * @param lineId     order line
 * @param title      product title
 * @param category   product category (decides the window and exclusions)
 * @param eligible   whether it can be returned and refunded now
 * @param decision   the rule that decided, as a code
 * @param rule       the rule that decided, in words the shopper can read
 * @param windowEnds last day a return is accepted (inclusive), null when no window applies
 * @param paid       what was paid for the line (after discounts, with tax)
 * @param refunded   what earlier refunds already gave back for it
 * @param refundable what can still be refunded for it: paid minus refunded when eligible, zero otherwise
 */
public record LineEligibility(String lineId, String title, String category, boolean eligible, Decision decision,
                              String rule, LocalDate windowEnds, Money paid, Money refunded, Money refundable) {

    /** Why a line is or is not refundable. */
    public enum Decision {
        /** Delivered and inside its return window. */
        WITHIN_WINDOW,
        /** Not delivered yet: cancel it while it is PLACED, otherwise wait for delivery. */
        NOT_DELIVERED,
        /** A category that is never returned (gift cards, personal care). */
        EXCLUDED_CATEGORY,
        /** Sold as final sale, with no statutory right of withdrawal at the destination. */
        FINAL_SALE,
        /** The return window has ended. */
        WINDOW_ENDED,
        /** Everything paid for the line was already refunded. */
        ALREADY_REFUNDED
    }
}
