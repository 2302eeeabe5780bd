package dev.praxis.testing;

import java.math.BigDecimal;

/**
 * A small document type for record store tests: a count and an exact amount, so a lost or doubled update shows in
 * both fields.
 *
 * @param count how many updates were applied
 * @param total the sum of their amounts
 */
public record Counter(long count, BigDecimal total) {

    /**
     * The starting document.
     *
     * @return a count of 0 and a total of 0.00
     */
    public static Counter zero() {
        return new Counter(0, new BigDecimal("0.00"));
    }

    /**
     * One more update.
     *
     * @param amount a decimal amount, such as {@code "1.25"}
     * @return a counter with the count one higher and {@code amount} added to the total
     */
    public Counter plus(String amount) {
        return new Counter(count + 1, total.add(new BigDecimal(amount)));
    }
}
