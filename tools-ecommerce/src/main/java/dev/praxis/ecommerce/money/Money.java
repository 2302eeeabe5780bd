package dev.praxis.ecommerce.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money as whole minor units of an ISO-4217 currency: {@code Money.of(1999, "USD")} is
 * USD 19.99, {@code Money.of(1999, "JPY")} is JPY 1999, {@code Money.of(1999, "KWD")} is KWD 1.999.
 * Arithmetic is exact; the only rounding happens in {@link #percent} and {@link #parse} and its mode is
 * always explicit. Serialised as {@code {"amount": "19.99", "currency": "USD"}}: the decimal amount as a string with
 * exactly the currency's digits, so no reader parses money as a floating-point number; the same shape as every
 * other pack's money (see docs/architecture.md, "Money in JSON").
 *
 * @param minor    signed amount in minor units
 * @param currency ISO-4217 currency with a non-negative exponent
 */
public record Money(@JsonIgnore long minor, Currency currency) implements Comparable<Money> {

    /**
     * Checks that {@code currency} has a minor unit.
     *
     * @param minor signed amount in minor units
     * @param currency ISO-4217 currency with a non-negative exponent
     */
    public Money(long minor, Currency currency) {
        Objects.requireNonNull(currency, "currency");
        if (currency.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException("currency " + currency + " has no minor unit (pseudo-currency)");
        }
        this.minor = minor;
        this.currency = currency;
    }

    /**
     * Reads the JSON shape {@code {"amount": "19.99", "currency": "USD"}}; an amount with more digits than the
     * currency has is refused, as in {@link #parse}.
     *
     * @param amount the decimal amount as text
     * @param currency the currency
     * @return the amount
     */
    @JsonCreator
    public static Money fromJson(@JsonProperty("amount") String amount, @JsonProperty("currency") Currency currency) {
        if (amount == null || currency == null) {
            throw new IllegalArgumentException("money needs \"amount\" (a decimal string such as \"19.99\") and "
                    + "\"currency\" (an ISO-4217 code)");
        }
        try {
            return parse(new BigDecimal(amount.trim()), currency);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("amount must be a decimal such as \"19.99\", got \"" + amount + "\"", e);
        }
    }

    /**
     * {@code minor} units of the currency with ISO code {@code code}.
     *
     * @param minor signed amount in minor units
     * @param code the ISO-4217 code, e.g. {@code USD}
     * @return the amount
     */
    public static Money of(long minor, String code) {
        return new Money(minor, currency(code));
    }

    /**
     * Zero in {@code currency}.
     *
     * @param currency the currency
     * @return zero
     */
    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    /**
     * Reads a decimal amount such as {@code 19.99}. An amount with more decimals than the currency's exponent
     * is refused rather than rounded: "19.999 USD" is a mistake, not a price.
     *
     * @param amount the decimal amount
     * @param currency the currency
     * @return the amount
     */
    public static Money parse(BigDecimal amount, Currency currency) {
        Objects.requireNonNull(amount, "amount");
        int exponent = currency.getDefaultFractionDigits();
        if (amount.stripTrailingZeros().scale() > exponent) {
            throw new IllegalArgumentException("amount " + amount.toPlainString() + " has more than " + exponent
                    + " decimals, the exponent of " + currency.getCurrencyCode());
        }
        return new Money(amount.movePointRight(exponent).longValueExact(), currency);
    }

    /**
     * The ISO currency for {@code code}, with a clear error for an unknown code.
     *
     * @param code the ISO-4217 code
     * @return the currency
     */
    public static Currency currency(String code) {
        Objects.requireNonNull(code, "currency code");
        try {
            return Currency.getInstance(code.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown ISO-4217 currency code '" + code + "'", e);
        }
    }

    /**
     * The decimal amount, e.g. 19.99 for 1999 US cents; scale equals the currency's exponent.
     *
     * @return the decimal amount
     */
    @JsonIgnore
    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(minor, currency.getDefaultFractionDigits());
    }

    /**
     * The decimal amount as text, for JSON and people.
     *
     * @return the amount, e.g. {@code "19.99"}
     */
    @JsonProperty("amount")
    public String amount() {
        return toDecimal().toPlainString();
    }

    /**
     * Sum; both in the same currency (else IllegalArgumentException), overflow throws ArithmeticException.
     *
     * @param other the amount to add
     * @return the sum
     */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minor, other.minor), currency);
    }

    /**
     * Difference; same currency rules as {@link #plus}.
     *
     * @param other the amount to subtract
     * @return the difference
     */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minor, other.minor), currency);
    }

    /**
     * This amount {@code factor} times, e.g. a unit price times a quantity.
     *
     * @param factor the multiplier
     * @return the product
     */
    public Money times(long factor) {
        return new Money(Math.multiplyExact(minor, factor), currency);
    }

    /**
     * The same amount with the opposite sign.
     *
     * @return the negated amount
     */
    public Money negate() {
        return new Money(Math.negateExact(minor), currency);
    }

    /**
     * {@code rate} percent of this amount rounded to a minor unit with {@code mode}:
     * {@code Money.of(1999, "USD").percent(new BigDecimal("7.25"), HALF_UP)} is 145 (1.449275 rounded).
     *
     * @param rate the percentage, e.g. {@code 7.25}
     * @param mode how to round to a minor unit
     * @return the rounded share
     */
    public Money percent(BigDecimal rate, RoundingMode mode) {
        BigDecimal exact = BigDecimal.valueOf(minor).multiply(rate).movePointLeft(2);
        return new Money(exact.setScale(0, mode).longValueExact(), currency);
    }

    /**
     * The smaller of the two (same currency).
     *
     * @param other the amount to compare with
     * @return the smaller amount
     */
    public Money min(Money other) {
        requireSameCurrency(other);
        return minor <= other.minor ? this : other;
    }

    /**
     * The larger of the two (same currency).
     *
     * @param other the amount to compare with
     * @return the larger amount
     */
    public Money max(Money other) {
        requireSameCurrency(other);
        return minor >= other.minor ? this : other;
    }

    /**
     * Whether the amount is zero.
     *
     * @return true for zero
     */
    @JsonIgnore
    public boolean isZero() {
        return minor == 0;
    }

    /**
     * Whether the amount is below zero.
     *
     * @return true for a negative amount
     */
    @JsonIgnore
    public boolean isNegative() {
        return minor < 0;
    }

    /**
     * Whether the amount is above zero.
     *
     * @return true for a positive amount
     */
    @JsonIgnore
    public boolean isPositive() {
        return minor > 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minor, other.minor);
    }

    private void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("currency mismatch: " + currency + " and " + other.currency);
        }
    }

    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount();
    }
}
