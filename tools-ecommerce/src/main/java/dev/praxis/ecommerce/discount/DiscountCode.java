package dev.praxis.ecommerce.discount;

import dev.praxis.ecommerce.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A discount code and its rules.
 *
 * @param code            the code shoppers type, upper case
 * @param kind            what it takes off
 * @param percent         percent off for {@link Kind#PERCENT_OFF}, e.g. 20 for 20 %; zero otherwise
 * @param amount          amount off for {@link Kind#AMOUNT_OFF}; zero otherwise
 * @param minimumSubtotal items subtotal (before discounts) the cart must reach
 * @param expiresAt       the first instant at which the code no longer works
 * @param combinable      whether it stacks with other codes; a non-combinable code must be the only one
 * @param priority        stacking order, lower first
 * @param category        when present, only lines of this category are discounted
 */
public record DiscountCode(String code, Kind kind, BigDecimal percent, Money amount, Money minimumSubtotal,
                           Instant expiresAt, boolean combinable, int priority, Optional<String> category) {

    /** What a code takes off. */
    public enum Kind {
        /** A percentage of the eligible lines. */
        PERCENT_OFF,
        /** A fixed amount, capped at the eligible lines' total. */
        AMOUNT_OFF,
        /** The shipping fee. */
        FREE_SHIPPING
    }

    /**
     * Upper-cases the code and checks the fields its kind needs.
     *
     * @param code the code shoppers type, upper case
     * @param kind what it takes off
     * @param percent percent off for {@link Kind#PERCENT_OFF}, e.g. 20 for 20 %; zero otherwise
     * @param amount amount off for {@link Kind#AMOUNT_OFF}; zero otherwise
     * @param minimumSubtotal items subtotal (before discounts) the cart must reach
     * @param expiresAt the first instant at which the code no longer works
     * @param combinable whether it stacks with other codes; a non-combinable code must be the only one
     * @param priority stacking order, lower first
     * @param category when present, only lines of this category are discounted
     */
    public DiscountCode {
        code = Objects.requireNonNull(code, "code").toUpperCase(Locale.ROOT);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(minimumSubtotal, "minimumSubtotal");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(category, "category");
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("percent must be 0-100, got " + percent);
        }
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount must be >= 0, got " + amount);
        }
        if (!amount.currency().equals(minimumSubtotal.currency())) {
            throw new IllegalArgumentException("code " + code + ": amount " + amount + " and minimum subtotal "
                    + minimumSubtotal + " are in different currencies");
        }
    }

    /**
     * The currency the code is denominated in; it applies only to carts in that currency.
     *
     * @return the currency of the code's amounts
     */
    public Currency currency() {
        return minimumSubtotal.currency();
    }

    /**
     * A percent-off code.
     *
     * @param code the code shoppers type
     * @param percent the percentage off, e.g. {@code "10"}
     * @param minimumSubtotal the subtotal the cart must reach
     * @param expiresAt when the code stops working
     * @param combinable whether it may be used with other codes
     * @param priority the order in which codes apply, lowest first
     * @return the code
     */
    public static DiscountCode percentOff(String code, String percent, Money minimumSubtotal, Instant expiresAt,
                                          boolean combinable, int priority) {
        return new DiscountCode(code, Kind.PERCENT_OFF, new BigDecimal(percent), Money.zero(minimumSubtotal.currency()),
                minimumSubtotal, expiresAt, combinable, priority, Optional.empty());
    }

    /**
     * An amount-off code.
     *
     * @param code the code shoppers type
     * @param amount the amount off
     * @param minimumSubtotal the subtotal the cart must reach
     * @param expiresAt when the code stops working
     * @param combinable whether it may be used with other codes
     * @param priority the order in which codes apply, lowest first
     * @return the code
     */
    public static DiscountCode amountOff(String code, Money amount, Money minimumSubtotal, Instant expiresAt,
                                         boolean combinable, int priority) {
        return new DiscountCode(code, Kind.AMOUNT_OFF, BigDecimal.ZERO, amount, minimumSubtotal, expiresAt,
                combinable, priority, Optional.empty());
    }

    /**
     * A free-shipping code.
     *
     * @param code the code shoppers type
     * @param minimumSubtotal the subtotal the cart must reach
     * @param expiresAt when the code stops working
     * @param priority the order in which codes apply, lowest first
     * @return the code
     */
    public static DiscountCode freeShipping(String code, Money minimumSubtotal, Instant expiresAt, int priority) {
        return new DiscountCode(code, Kind.FREE_SHIPPING, BigDecimal.ZERO, Money.zero(minimumSubtotal.currency()),
                minimumSubtotal, expiresAt, true, priority, Optional.empty());
    }

    /**
     * This code restricted to lines of {@code category}.
     *
     * @param category the product category the code is limited to
     * @return a copy of this code limited to {@code category}
     */
    public DiscountCode onlyFor(String category) {
        return new DiscountCode(code, kind, percent, amount, minimumSubtotal, expiresAt, combinable, priority,
                Optional.of(category));
    }

    /**
     * A sentence describing the code for shoppers.
     *
     * @return the summary, e.g. what it takes off and from what subtotal
     */
    public String summary() {
        String what = switch (kind) {
            case PERCENT_OFF -> percent.stripTrailingZeros().toPlainString() + "% off";
            case AMOUNT_OFF -> amount + " off";
            case FREE_SHIPPING -> "free shipping";
        };
        return what + category.map(c -> " " + c + " items").orElse("")
                + (minimumSubtotal.isPositive() ? " on a subtotal of " + minimumSubtotal + " or more" : "")
                + (combinable ? ", combinable" : ", not combinable with other codes") + ", valid until " + expiresAt;
    }
}
