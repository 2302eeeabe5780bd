package dev.praxis.healthcare.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Decimal helpers. Sums, products, quotients and square roots stay in {@link BigDecimal} with
 * {@link MathContext#DECIMAL64} (16 significant digits); only non-integer powers (CKD-EPI's exponents, Du Bois,
 * Fridericia's cube root) go through {@code double}, whose 15-16 significant digits are far below the one or two
 * decimals a result is rounded to.
 */
public final class Decimals {

    /** The precision of intermediate quotients and roots. */
    public static final MathContext MC = MathContext.DECIMAL64;

    private Decimals() {
    }

    /**
     * {@code base} raised to {@code exponent}, computed in {@code double}.
     *
     * @param base a positive base
     * @param exponent the exponent
     * @return the power, to about 15 significant digits
     */
    public static BigDecimal pow(BigDecimal base, double exponent) {
        return new BigDecimal(Math.pow(base.doubleValue(), exponent), MC);
    }

    /**
     * {@code value} rounded half-up to {@code scale} decimals.
     *
     * @param value the exact value
     * @param scale the decimals to keep
     * @return the rounded value
     */
    public static BigDecimal round(BigDecimal value, int scale) {
        return value.setScale(scale, RoundingMode.HALF_UP);
    }

    /**
     * {@code a / b} to 16 significant digits.
     *
     * @param a the dividend
     * @param b the divisor, not zero
     * @return the quotient
     */
    public static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return a.divide(b, MC);
    }
}
