package dev.praxis.healthcare.internal;

import java.math.BigDecimal;

/**
 * Range checks for clinical inputs. The tool schema carries the same bounds, so a model is refused before the
 * tool runs; these checks guard direct Java callers with the same wording: the parameter, its unit, its valid
 * range and the value received.
 */
public final class Ranges {

    private Ranges() {
    }

    /**
     * {@code value} when it lies in {@code [min, max]}.
     *
     * @param name the parameter's JSON name, e.g. {@code creatinine_mg_dl}
     * @param value the value received
     * @param min the smallest valid value, inclusive
     * @param max the largest valid value, inclusive
     * @param unit the unit of all three, e.g. {@code mg/dL}; empty for a pure number
     * @return {@code value}
     * @throws IllegalArgumentException naming the parameter and its range when out of range
     */
    public static BigDecimal check(String name, BigDecimal value, String min, String max, String unit) {
        if (value.compareTo(new BigDecimal(min)) < 0 || value.compareTo(new BigDecimal(max)) > 0) {
            String u = unit.isEmpty() ? "" : " " + unit;
            throw new IllegalArgumentException(name + " must be between " + min + u + " and " + max + u + ", got "
                    + value.toPlainString() + u);
        }
        return value;
    }

    /**
     * {@code value} when it lies in {@code [min, max]}.
     *
     * @param name the parameter's JSON name, e.g. {@code age}
     * @param value the value received
     * @param min the smallest valid value, inclusive
     * @param max the largest valid value, inclusive
     * @param unit the unit of all three, e.g. {@code years}
     * @return {@code value}
     * @throws IllegalArgumentException naming the parameter and its range when out of range
     */
    public static int check(String name, int value, int min, int max, String unit) {
        check(name, BigDecimal.valueOf(value), Integer.toString(min), Integer.toString(max), unit);
        return value;
    }
}
