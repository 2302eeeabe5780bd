package dev.praxis.finance.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * {@code BigDecimal} maths beyond what the JDK offers: {@code ln}, {@code exp} and real powers. Results are
 * correct to {@link MathContext#DECIMAL128} (34 significant digits); the work is done with extra digits.
 */
public final class DecimalMath {

    /** Precision of every intermediate result in the finance pack. */
    public static final MathContext MC = MathContext.DECIMAL128;

    private static final MathContext WORK = new MathContext(64, RoundingMode.HALF_EVEN);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal TENTH = new BigDecimal("0.1");
    private static final BigDecimal EPSILON = new BigDecimal("1e-70");
    private static final BigDecimal MAX_EXPONENT = BigDecimal.valueOf(1000);
    /** Results at or beyond 10^30 in magnitude are input mistakes, not money; refusing them also bounds the work. */
    private static final int MAX_INTEGER_DIGITS = 30;

    private DecimalMath() {
    }

    /**
     * 6.5 (percent) to 0.065.
     *
     * @param percent a rate in percent
     * @return the rate as a fraction
     */
    public static BigDecimal fromPercent(BigDecimal percent) {
        return percent.divide(HUNDRED, MC);
    }

    /**
     * 0.065 to 6.5 (percent).
     *
     * @param fraction a rate as a fraction
     * @return the rate in percent
     */
    public static BigDecimal toPercent(BigDecimal fraction) {
        return requireReasonable(fraction.multiply(HUNDRED, MC), "the rate");
    }

    /**
     * {@code base^exponent}; an integral exponent is exact to DECIMAL128, otherwise {@code base} must be > 0.
     *
     * @param base the base
     * @param exponent the exponent
     * @return the power, to DECIMAL128
     */
    public static BigDecimal pow(BigDecimal base, BigDecimal exponent) {
        BigDecimal stripped = exponent.stripTrailingZeros();
        if (stripped.scale() <= 0 && stripped.abs().compareTo(BigDecimal.valueOf(100_000)) <= 0) {
            return base.pow(stripped.intValueExact(), WORK).round(MC);
        }
        if (base.signum() <= 0) {
            throw new ArithmeticException("a non-integral power needs a positive base, got " + base.toPlainString());
        }
        BigDecimal z = exponent.multiply(ln(base), WORK);
        if (z.abs().compareTo(MAX_EXPONENT) > 0) {
            throw new ArithmeticException("the result is out of range (e^" + z.round(new MathContext(4)).toPlainString()
                    + "); check the rate, values and number of periods");
        }
        return exp(z).round(MC);
    }

    /**
     * {@code value} unchanged when its magnitude is below 10^30; otherwise an exception naming {@code what}, so a
     * tool reports a mistaken input instead of printing a number with thousands of digits.
     *
     * @param value the value to check
     * @param what the value's name, for the error
     * @return {@code value}
     */
    public static BigDecimal requireReasonable(BigDecimal value, String what) {
        if (value.signum() != 0 && value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw new ArithmeticException(what + " is beyond 10^30 (about 1E+" + (value.precision() - value.scale() - 1)
                    + "); check the inputs");
        }
        return value;
    }

    /**
     * Natural logarithm of {@code x > 0}.
     *
     * @param x a positive number
     * @return its natural logarithm
     */
    public static BigDecimal ln(BigDecimal x) {
        if (x.signum() <= 0) {
            throw new ArithmeticException("ln needs a positive argument, got " + x.toPlainString());
        }
        // Seed from double (scaled to stay in range), then Halley steps y += 2(x - e^y)/(x + e^y): each step
        // triples the correct digits, so three steps go from 15 digits far past 64.
        int shift = x.precision() - x.scale() - 1;
        BigDecimal mantissa = x.movePointLeft(shift);
        BigDecimal y = new BigDecimal(Math.log(mantissa.doubleValue()) + shift * Math.log(10), WORK);
        for (int i = 0; i < 4; i++) {
            BigDecimal ey = exp(y);
            BigDecimal step = TWO.multiply(x.subtract(ey, WORK), WORK).divide(x.add(ey, WORK), WORK);
            y = y.add(step, WORK);
            if (step.abs().compareTo(EPSILON) < 0) {
                break;
            }
        }
        return y;
    }

    /**
     * {@code e^z}, to about 60 significant digits.
     *
     * @param z the exponent
     * @return {@code e} to the power {@code z}
     */
    public static BigDecimal exp(BigDecimal z) {
        if (z.signum() == 0) {
            return BigDecimal.ONE;
        }
        // Halve the argument until it is small, sum the Taylor series, then square back.
        int halvings = 0;
        BigDecimal r = z;
        while (r.abs().compareTo(TENTH) > 0) {
            r = r.divide(TWO, WORK);
            halvings++;
        }
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        for (int n = 1; n < 200; n++) {
            term = term.multiply(r, WORK).divide(BigDecimal.valueOf(n), WORK);
            sum = sum.add(term, WORK);
            if (term.abs().compareTo(EPSILON) < 0) {
                break;
            }
        }
        for (int i = 0; i < halvings; i++) {
            sum = sum.multiply(sum, WORK);
        }
        return sum;
    }

    /**
     * Square root of {@code x >= 0} to DECIMAL128.
     *
     * @param x a number not below zero
     * @return its square root
     */
    public static BigDecimal sqrt(BigDecimal x) {
        return x.sqrt(WORK).round(MC);
    }

    /**
     * Whether {@code value} is a whole number.
     *
     * @param value the value to test
     * @return true when it has no fractional part
     */
    public static boolean isIntegral(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }
}
