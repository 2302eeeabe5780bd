package dev.praxis.ecommerce.returns;

import dev.praxis.ecommerce.money.Money;

import java.time.LocalDate;

/**
 * Whether one order line can be returned on a given day, and under which rule.
 *
 * @param lineId     order line
 * @param title      product title
 * @param eligible   whether it can be returned
 * @param rule       the rule that decided, in words the shopper can read
 * @param windowEnds last day a return is accepted (inclusive), null when no window applies
 * @param refundable amount refunded if it is returned (what was paid for the line), zero when not eligible
 */
public record LineEligibility(String lineId, String title, boolean eligible, String rule, LocalDate windowEnds,
                             Money refundable) {
}
