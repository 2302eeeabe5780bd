package dev.praxis.finance.cashflow;

import dev.praxis.finance.internal.DecimalMath;

import java.math.BigDecimal;

import static dev.praxis.finance.internal.DecimalMath.MC;

/**
 * Rate conversions: the effective annual rate of a nominal rate compounded {@code m} times a year
 * (spreadsheet {@code EFFECT}) and the compound annual growth rate between two values (spreadsheet
 * {@code RRI}). Rates are fractions.
 *
 * <pre>{@code
 * Growth.effectiveRate(new BigDecimal("0.0525"), 4); // 0.0535426673707584...
 * }</pre>
 */
public final class Growth {

    private Growth() {
    }

    /**
     * {@code (1 + nominal/m)^m − 1}.
     *
     * @param nominal the nominal annual rate, as a fraction
     * @param periodsPerYear compounding periods per year
     * @return the effective annual rate, as a fraction
     */
    public static BigDecimal effectiveRate(BigDecimal nominal, int periodsPerYear) {
        if (periodsPerYear < 1) {
            throw new IllegalArgumentException("periods_per_year must be >= 1, got " + periodsPerYear);
        }
        if (nominal.compareTo(BigDecimal.valueOf(-periodsPerYear)) <= 0) {
            throw new IllegalArgumentException("nominal_rate must be above -100 % per period");
        }
        BigDecimal perPeriod = nominal.divide(BigDecimal.valueOf(periodsPerYear), MC);
        return BigDecimal.ONE.add(perPeriod, MC).pow(periodsPerYear, MC).subtract(BigDecimal.ONE, MC);
    }

    /**
     * {@code (end/start)^(1/years) − 1}; {@code years} may be fractional.
     *
     * @param startValue the value at the start, positive
     * @param endValue the value at the end
     * @param years the years between the two values, positive
     * @return the growth rate per year, as a fraction
     */
    public static BigDecimal cagr(BigDecimal startValue, BigDecimal endValue, BigDecimal years) {
        if (startValue.signum() <= 0) {
            throw new IllegalArgumentException("start_value must be > 0, got " + startValue.toPlainString());
        }
        if (endValue.signum() < 0) {
            throw new IllegalArgumentException("end_value must be >= 0, got " + endValue.toPlainString());
        }
        if (years.signum() <= 0) {
            throw new IllegalArgumentException("years must be > 0, got " + years.toPlainString());
        }
        if (endValue.signum() == 0) {
            return BigDecimal.ONE.negate();
        }
        BigDecimal ratio = endValue.divide(startValue, MC);
        return DecimalMath.pow(ratio, BigDecimal.ONE.divide(years, MC)).subtract(BigDecimal.ONE, MC);
    }
}
