package dev.praxis.model.offline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** Converts a duration between days, weeks, months and years (a year is 12 months, 52 weeks, 365 days). */
final class Durations {

    private static final Map<String, BigDecimal> DAYS = Map.of(
            "days", BigDecimal.ONE,
            "weeks", BigDecimal.valueOf(7),
            "months", new BigDecimal("30.4375"),
            "years", new BigDecimal("365.25"));

    private Durations() {
    }

    static BigDecimal convert(BigDecimal value, String from, String to) {
        if (from == null || from.equals(to)) {
            return value;
        }
        if (from.equals("years") && to.equals("months")) {
            return value.multiply(BigDecimal.valueOf(12));
        }
        if (from.equals("months") && to.equals("years")) {
            return value.divide(BigDecimal.valueOf(12), 4, RoundingMode.HALF_UP).stripTrailingZeros();
        }
        BigDecimal days = value.multiply(DAYS.get(from));
        return days.divide(DAYS.get(to), 0, RoundingMode.HALF_UP);
    }
}
