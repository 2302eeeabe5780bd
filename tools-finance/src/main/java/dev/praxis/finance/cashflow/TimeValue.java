package dev.praxis.finance.cashflow;

import dev.praxis.finance.internal.DecimalMath;

import java.math.BigDecimal;

import static dev.praxis.finance.internal.DecimalMath.MC;

/**
 * The time-value-of-money identity of spreadsheets and numpy-financial, solved for FV, PV or PMT:
 * {@code fv + pv(1+r)^n + pmt(1+r·type)/r·((1+r)^n − 1) = 0}, or {@code fv + pv + pmt·n = 0} when r = 0.
 * Rates here are fractions per period (0.005 for 0.5 % a month); the tools convert from percent.
 *
 * <pre>{@code
 * TimeValue.futureValue(new BigDecimal("0.05").divide(TWELVE, MC), BigDecimal.valueOf(120),
 *         new BigDecimal("-100"), new BigDecimal("-100"), PaymentTiming.END); // 15692.928894335748...
 * }</pre>
 */
public final class TimeValue {

    private TimeValue() {
    }

    /**
     * Future value: spreadsheet {@code FV(rate, nper, pmt, pv, type)}.
     *
     * @param rate the rate per period, as a fraction
     * @param periods the number of periods
     * @param payment the payment each period, negative when paid out
     * @param presentValue the amount at the start
     * @param timing whether payments fall at the end or the beginning of each period
     * @return the future value
     */
    public static BigDecimal futureValue(BigDecimal rate, BigDecimal periods, BigDecimal payment,
                                         BigDecimal presentValue, PaymentTiming timing) {
        check(rate, periods);
        if (rate.signum() == 0) {
            return presentValue.add(payment.multiply(periods, MC), MC).negate();
        }
        BigDecimal growth = DecimalMath.pow(BigDecimal.ONE.add(rate, MC), periods);
        return presentValue.multiply(growth, MC).add(annuityFactor(rate, growth, timing).multiply(payment, MC), MC)
                .negate();
    }

    /**
     * Present value: spreadsheet {@code PV(rate, nper, pmt, fv, type)}.
     *
     * @param rate the rate per period, as a fraction
     * @param periods the number of periods
     * @param payment the payment each period, negative when paid out
     * @param futureValue the amount at the end
     * @param timing whether payments fall at the end or the beginning of each period
     * @return the present value
     */
    public static BigDecimal presentValue(BigDecimal rate, BigDecimal periods, BigDecimal payment,
                                          BigDecimal futureValue, PaymentTiming timing) {
        check(rate, periods);
        if (rate.signum() == 0) {
            return futureValue.add(payment.multiply(periods, MC), MC).negate();
        }
        BigDecimal growth = DecimalMath.pow(BigDecimal.ONE.add(rate, MC), periods);
        return futureValue.add(annuityFactor(rate, growth, timing).multiply(payment, MC), MC)
                .divide(growth, MC).negate();
    }

    /**
     * Periodic payment: spreadsheet {@code PMT(rate, nper, pv, fv, type)}.
     *
     * @param rate the rate per period, as a fraction
     * @param periods the number of periods
     * @param presentValue the amount at the start
     * @param futureValue the amount at the end
     * @param timing whether payments fall at the end or the beginning of each period
     * @return the payment each period
     */
    public static BigDecimal payment(BigDecimal rate, BigDecimal periods, BigDecimal presentValue,
                                     BigDecimal futureValue, PaymentTiming timing) {
        check(rate, periods);
        if (rate.signum() == 0) {
            return presentValue.add(futureValue, MC).divide(periods, MC).negate();
        }
        BigDecimal growth = DecimalMath.pow(BigDecimal.ONE.add(rate, MC), periods);
        BigDecimal owed = futureValue.add(presentValue.multiply(growth, MC), MC);
        return owed.divide(annuityFactor(rate, growth, timing), MC).negate();
    }

    // (1 + r·type)/r · ((1+r)^n − 1)
    private static BigDecimal annuityFactor(BigDecimal rate, BigDecimal growth, PaymentTiming timing) {
        BigDecimal due = timing == PaymentTiming.BEGIN ? BigDecimal.ONE.add(rate, MC) : BigDecimal.ONE;
        return due.multiply(growth.subtract(BigDecimal.ONE, MC), MC).divide(rate, MC);
    }

    private static void check(BigDecimal rate, BigDecimal periods) {
        if (rate.compareTo(BigDecimal.ONE.negate()) <= 0) {
            throw new IllegalArgumentException("rate must be above -100 %, got " + DecimalMath.toPercent(rate)
                    .stripTrailingZeros().toPlainString() + " %");
        }
        if (periods.signum() <= 0) {
            throw new IllegalArgumentException("periods must be > 0, got " + periods.toPlainString());
        }
    }
}
