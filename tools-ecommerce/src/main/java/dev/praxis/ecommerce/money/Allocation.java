package dev.praxis.ecommerce.money;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits an amount in proportion to weights so that the parts sum exactly to the whole, by the largest
 * remainder method: every part gets the floor of its exact share, then the minor units left over go one each
 * to the parts with the largest remainders (ties to the earlier part). EUR 10.00 split 1:1:1 is
 * 3.34 / 3.33 / 3.33 (Fowler, PoEAA p. 495).
 *
 * <pre>{@code
 * List<Money> parts = Allocation.split(Money.of(1000, "EUR"), List.of(1L, 1L, 1L)); // 334, 333, 333
 * }</pre>
 */
public final class Allocation {

    private Allocation() {
    }

    /**
     * Parts of {@code total} proportional to {@code weights}. Weights must be non-negative with a positive sum;
     * a negative total is split like its absolute value and negated.
     *
     * @param total the amount to split
     * @param weights one non-negative weight per part
     * @return one part per weight, in the same order, summing exactly to {@code total}
     */
    public static List<Money> split(Money total, List<Long> weights) {
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("weights must not be empty");
        }
        BigInteger sum = BigInteger.ZERO;
        for (long w : weights) {
            if (w < 0) {
                throw new IllegalArgumentException("weights must be >= 0, got " + w);
            }
            sum = sum.add(BigInteger.valueOf(w));
        }
        if (sum.signum() == 0) {
            throw new IllegalArgumentException("weights must not all be zero");
        }
        long sign = total.minor() < 0 ? -1 : 1;
        BigInteger whole = BigInteger.valueOf(Math.abs(total.minor()));
        long[] parts = new long[weights.size()];
        BigInteger[] remainders = new BigInteger[weights.size()];
        long assigned = 0;
        for (int i = 0; i < parts.length; i++) {
            BigInteger[] qr = whole.multiply(BigInteger.valueOf(weights.get(i))).divideAndRemainder(sum);
            parts[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            assigned += parts[i];
        }
        long left = whole.longValueExact() - assigned;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed().thenComparing(i -> i));
        for (int k = 0; k < left; k++) {
            parts[order.get(k)]++;
        }
        List<Money> result = new ArrayList<>(parts.length);
        for (long part : parts) {
            result.add(new Money(sign * part, total.currency()));
        }
        return List.copyOf(result);
    }
}
