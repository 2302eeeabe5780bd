package dev.praxis.ecommerce.returns;

import dev.praxis.ecommerce.money.Money;
import dev.praxis.ecommerce.order.Order;
import dev.praxis.ecommerce.order.OrderLine;
import dev.praxis.ecommerce.order.OrderStatus;
import dev.praxis.ecommerce.returns.LineEligibility.Decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The return rules, applied line by line. The window is counted in calendar days from the delivery date and
 * its last day is included (delivered on 1 March with 30 days: returns accepted through 31 March). A line is
 * eligible when the order was delivered, its category is not excluded, and {@code asOf} is inside the window;
 * the window is the merchant's (per category, else the default), except that final-sale lines have none; for
 * destinations with a statutory right of withdrawal the window is at least the statutory one, final sale or
 * not (Directive 2011/83/EU art. 9: 14 days from physical possession).
 *
 * @param defaultWindowDays     merchant window for most categories
 * @param categoryWindowDays    merchant windows that differ by category
 * @param excludedCategories    categories that can never be returned (hygiene, gift cards)
 * @param statutoryWindowDays   statutory withdrawal period
 * @param statutoryCountries    destination countries where the statutory period applies
 */
public record ReturnPolicy(int defaultWindowDays, Map<String, Integer> categoryWindowDays, Set<String> excludedCategories,
                           int statutoryWindowDays, Set<String> statutoryCountries) {

    private static final Set<String> EU_AND_UK = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE",
            "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "GB");

    /**
     * Copies the maps and sets.
     *
     * @param defaultWindowDays merchant window for most categories
     * @param categoryWindowDays merchant windows that differ by category
     * @param excludedCategories categories that can never be returned (hygiene, gift cards)
     * @param statutoryWindowDays statutory withdrawal period
     * @param statutoryCountries destination countries where the statutory period applies
     */
    public ReturnPolicy {
        categoryWindowDays = Map.copyOf(categoryWindowDays);
        excludedCategories = Set.copyOf(excludedCategories);
        statutoryCountries = Set.copyOf(statutoryCountries);
    }

    /**
     * The demo store's published policy: 30 days, Electronics 15, no returns of Gift Cards or Personal Care.
     *
     * @return the standard policy
     */
    public static ReturnPolicy standard() {
        return new ReturnPolicy(30, Map.of("Electronics", 15), Set.of("Gift Cards", "Personal Care"), 14, EU_AND_UK);
    }

    /**
     * Eligibility of every line of {@code order} on {@code asOf}, net of what earlier refunds gave back.
     *
     * @param order the order to check
     * @param asOf the day of the return request
     * @return one eligibility per order line, in line order
     * @throws IllegalArgumentException when {@code asOf} is before the delivery date
     */
    public List<LineEligibility> check(Order order, LocalDate asOf) {
        return order.lines().stream().map(line -> check(order, line, asOf)).toList();
    }

    private LineEligibility check(Order order, OrderLine line, LocalDate asOf) {
        Money refunded = order.refundedOn(line.lineId());
        Verdict v = verdict(order, line, asOf);
        Money left = line.paid().minus(refunded);
        if (v.decision() == Decision.WITHIN_WINDOW && !left.isPositive()) {
            v = new Verdict(Decision.ALREADY_REFUNDED, "already refunded in full (" + refunded + ")", v.windowEnds());
        }
        boolean eligible = v.decision() == Decision.WITHIN_WINDOW;
        return new LineEligibility(line.lineId(), line.title(), line.category(), eligible, v.decision(), v.rule(),
                v.windowEnds(), line.paid(), refunded, eligible ? left : Money.zero(line.paid().currency()));
    }

    private record Verdict(Decision decision, String rule, LocalDate windowEnds) {
    }

    private Verdict verdict(Order order, OrderLine line, LocalDate asOf) {
        if (order.status() != OrderStatus.DELIVERED) {
            return new Verdict(Decision.NOT_DELIVERED, "order is " + order.status()
                    + ", not delivered: only delivered items can be returned" + (order.status() == OrderStatus.PLACED
                    ? " (it can still be cancelled with cancel_order)" : ""), null);
        }
        if (asOf.isBefore(order.deliveredOn())) {
            throw new IllegalArgumentException("as_of " + asOf + " is before delivery on " + order.deliveredOn());
        }
        if (excludedCategories.contains(line.category())) {
            return new Verdict(Decision.EXCLUDED_CATEGORY, "items in the " + line.category()
                    + " category cannot be returned", null);
        }
        boolean statutory = statutoryCountries.contains(order.shipTo().country());
        int merchant = line.finalSale() ? 0 : categoryWindowDays.getOrDefault(line.category(), defaultWindowDays);
        int days = statutory ? Math.max(merchant, statutoryWindowDays) : merchant;
        if (days == 0) {
            return new Verdict(Decision.FINAL_SALE, "final sale items cannot be returned", null);
        }
        // Day 0 is the delivery day and is not counted; the window's last day is delivery + days, included
        // (Regulation (EEC, Euratom) No 1182/71 art. 3(1) and (2)(b), applied to withdrawal periods by
        // Directive 2011/83/EU recital 41): delivered 1 March, 15 days, 16 March accepted, 17 March refused.
        LocalDate ends = order.deliveredOn().plusDays(days);
        String rule = days + "-day window from delivery on " + order.deliveredOn()
                + (statutory && days > merchant ? " (statutory right of withdrawal)" : "");
        if (asOf.isAfter(ends)) {
            return new Verdict(Decision.WINDOW_ENDED, rule + " ended on " + ends, ends);
        }
        return new Verdict(Decision.WITHIN_WINDOW, rule + ", open through " + ends, ends);
    }
}
