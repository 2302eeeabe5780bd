package dev.praxis.healthcare;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares one of our results with a value published elsewhere, each rounded to its own number of decimals.
 *
 * <p>A published {@code 336.7} stands for any true value in [336.65, 336.75); our {@code 337} for any in
 * [336.5, 337.5). The two agree when the intervals can hold the same true value: when they differ by no more than
 * half a unit of the published last decimal plus half a unit of ours. When both carry the same decimals the
 * rounding is the same, so they must be equal.
 */
public final class PublishedValues {

    private PublishedValues() {
    }

    /**
     * Asserts that {@code ours} agrees with {@code published} within the two roundings.
     *
     * @param ours our rounded result
     * @param published the published value, written with the decimals its source prints
     * @param source where the value was published, for the failure message
     */
    public static void assertAgrees(BigDecimal ours, String published, String source) {
        BigDecimal theirs = new BigDecimal(published);
        if (ours.scale() == theirs.scale()) {
            assertThat(ours).as("ours vs %s (%s)", published, source).isEqualByComparingTo(theirs);
            return;
        }
        BigDecimal tolerance = halfUnit(theirs.scale()).add(halfUnit(ours.scale()));
        assertThat(ours.subtract(theirs).abs()).as("|ours %s - published %s| <= %s (%s)", ours.toPlainString(),
                published, tolerance.toPlainString(), source).isLessThanOrEqualTo(tolerance);
    }

    private static BigDecimal halfUnit(int scale) {
        return new BigDecimal("0.5").movePointLeft(scale);
    }
}
