package dev.praxis.ecommerce.returns;

import dev.praxis.ecommerce.money.Money;
import dev.praxis.ecommerce.order.Order;
import dev.praxis.ecommerce.order.OrderLine;
import dev.praxis.ecommerce.order.OrderStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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

    public ReturnPolicy {
        categoryWindowDays = Map.copyOf(categoryWindowDays);
        excludedCategories = Set.copyOf(excludedCategories);
        statutoryCountries = Set.copyOf(statutoryCountries);
    }

    /** The demo store's published policy: 30 days, Electronics 15, no returns of Gift Cards or Personal Care. */
    public static ReturnPolicy standard() {
        return new ReturnPolicy(30, Map.of("Electronics", 15), Set.of("Gift Cards", "Personal Care"), 14, EU_AND_UK);
    }

    /** Eligibility of every line of {@code order} on {@code asOf}. */
    public List<LineEligibility> check(Order order, LocalDate asOf) {
        return order.lines().stream().map(line -> check(order, line, asOf)).toList();
    }

    private LineEligibility check(Order order, OrderLine line, LocalDate asOf) {
        Money zero = Money.zero(line.paid().currency());
        if (order.status() != OrderStatus.DELIVERED) {
            return new LineEligibility(line.lineId(), line.title(), false, "order is " + order.status()
                    + ", not delivered: only delivered items can be returned" + (order.status() == OrderStatus.PLACED
                    ? " (it can still be cancelled)" : ""), null, zero);
        }
        if (excludedCategories.contains(line.category())) {
            return new LineEligibility(line.lineId(), line.title(), false, line.category().toLowerCase(Locale.ROOT)
                    + " items cannot be returned", null, zero);
        }
        boolean statutory = statutoryCountries.contains(order.shipTo().country());
        int merchant = line.finalSale() ? 0 : categoryWindowDays.getOrDefault(line.category(), defaultWindowDays);
        int days = statutory ? Math.max(merchant, statutoryWindowDays) : merchant;
        if (days == 0) {
            return new LineEligibility(line.lineId(), line.title(), false, "final sale items cannot be returned", null, zero);
        }
        LocalDate ends = order.deliveredOn().plusDays(days);
        String rule = days + "-day window from delivery on " + order.deliveredOn()
                + (statutory && days > merchant ? " (statutory right of withdrawal)" : "");
        if (asOf.isAfter(ends)) {
            return new LineEligibility(line.lineId(), line.title(), false, rule + " ended on " + ends, ends, zero);
        }
        if (asOf.isBefore(order.deliveredOn())) {
            throw new IllegalArgumentException("as_of " + asOf + " is before delivery on " + order.deliveredOn());
        }
        return new LineEligibility(line.lineId(), line.title(), true, rule + ", open through " + ends, ends, line.paid());
    }
}
