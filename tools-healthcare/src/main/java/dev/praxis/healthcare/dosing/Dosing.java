package dev.praxis.healthcare.dosing;

import dev.praxis.healthcare.internal.Decimals;
import dev.praxis.healthcare.internal.Disclaimer;
import dev.praxis.healthcare.internal.Ranges;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Dose arithmetic, exact in {@link BigDecimal}. Maximums and strengths are the caller's, from the product's label
 * or a formulary: nothing here knows a drug, and nothing here chooses a dose.
 */
public final class Dosing {

    static final String REFERENCE = "weight-based dose = body weight (kg) × dose (mg/kg); maximums and strengths "
            + "are the caller's, from the product label or a formulary; none is built in";

    private Dosing() {
    }

    /**
     * The single and daily dose for a weight, capped at the stated maximums and rounded to a strength.
     *
     * @param weightKg body weight in kg, 0.3 to 500
     * @param doseMgPerKg dose in mg per kg per dose, 0.001 to 1000
     * @param dosesPerDay doses a day, 1 to 24
     * @param maxSingleDoseMg most mg in one dose, or null
     * @param maxDailyDoseMg most mg a day, or null
     * @param strengthMg the smallest unit that can be given, in mg (a tablet, a measured volume), or null
     * @return the dose with flags for every maximum exceeded
     */
    public static WeightBasedDose weightBasedDose(BigDecimal weightKg, BigDecimal doseMgPerKg, int dosesPerDay,
                                                  @Nullable BigDecimal maxSingleDoseMg,
                                                  @Nullable BigDecimal maxDailyDoseMg, @Nullable BigDecimal strengthMg) {
        Ranges.check("weight_kg", weightKg, "0.3", "500", "kg");
        Ranges.check("dose_mg_per_kg", doseMgPerKg, "0.001", "1000", "mg/kg");
        Ranges.check("doses_per_day", dosesPerDay, 1, 24, "doses");
        BigDecimal calculated = weightKg.multiply(doseMgPerKg);
        List<String> flags = new ArrayList<>();
        BigDecimal ceiling = null;
        if (maxSingleDoseMg != null) {
            Ranges.check("max_single_dose_mg", maxSingleDoseMg, "0.001", "100000", "mg");
            ceiling = ceiling(ceiling, maxSingleDoseMg, calculated, "maximum single dose", flags);
        }
        if (maxDailyDoseMg != null) {
            Ranges.check("max_daily_dose_mg", maxDailyDoseMg, "0.001", "1000000", "mg");
            BigDecimal perDose = maxDailyDoseMg.divide(BigDecimal.valueOf(dosesPerDay), 3, RoundingMode.DOWN);
            ceiling = ceiling(ceiling, perDose, calculated, "maximum daily dose " + mg(maxDailyDoseMg) + " ÷ "
                    + dosesPerDay + " doses =", flags);
        }
        boolean exceeded = !flags.isEmpty();
        BigDecimal capped = ceiling == null ? calculated : calculated.min(ceiling);
        BigDecimal dose = capped;
        BigDecimal units = null;
        if (strengthMg != null) {
            Ranges.check("strength_mg", strengthMg, "0.001", "100000", "mg");
            units = units(capped, strengthMg, ceiling);
            dose = units.multiply(strengthMg);
            if (dose.compareTo(capped) != 0) {
                flags.add("rounded " + mg(capped) + " to " + units.toPlainString() + " × " + mg(strengthMg) + " = "
                        + mg(dose));
            }
        }
        return new WeightBasedDose(Decimals.round(calculated, 3), Decimals.round(dose, 3),
                Decimals.round(dose.multiply(BigDecimal.valueOf(dosesPerDay)), 3), units, exceeded, flags, "mg",
                "dose = weight kg × dose mg/kg, capped at the maximum single dose and at the maximum daily dose ÷ "
                        + "doses per day, then rounded to the nearest whole number of units of the strength, down "
                        + "when the nearest would exceed a maximum",
                REFERENCE, "doses half-up to 3 decimals; strength units to the nearest whole unit, never above a "
                        + "stated maximum", Disclaimer.TEXT);
    }

    /**
     * A child's dose compared with every stated maximum.
     *
     * @param weightKg body weight in kg, 0.3 to 150
     * @param doseMg the single dose in mg, 0.001 to 100000
     * @param dosesPerDay doses a day, 1 to 24
     * @param limits the stated maximums, at least one
     * @return the comparisons and a flag per exceeded maximum
     */
    public static PediatricDoseCheck pediatricDoseCheck(BigDecimal weightKg, BigDecimal doseMg, int dosesPerDay,
                                                        DoseLimits limits) {
        Ranges.check("weight_kg", weightKg, "0.3", "150", "kg");
        Ranges.check("dose_mg", doseMg, "0.001", "100000", "mg");
        Ranges.check("doses_per_day", dosesPerDay, 1, 24, "doses");
        if (limits.none()) {
            throw new IllegalArgumentException("state at least one maximum: max_mg_per_kg_per_dose, "
                    + "max_mg_per_kg_per_day, max_single_dose_mg or max_daily_dose_mg");
        }
        BigDecimal daily = doseMg.multiply(BigDecimal.valueOf(dosesPerDay));
        BigDecimal perKgDose = Decimals.divide(doseMg, weightKg);
        BigDecimal perKgDay = Decimals.divide(daily, weightKg);
        List<DoseLimitCheck> checks = new ArrayList<>();
        check(checks, "max_mg_per_kg_per_dose", limits.maxMgPerKgPerDose(), perKgDose, "mg/kg/dose");
        check(checks, "max_mg_per_kg_per_day", limits.maxMgPerKgPerDay(), perKgDay, "mg/kg/day");
        check(checks, "max_single_dose_mg", limits.maxSingleDoseMg(), doseMg, "mg");
        check(checks, "max_daily_dose_mg", limits.maxDailyDoseMg(), daily, "mg");
        List<String> flags = checks.stream().filter(DoseLimitCheck::exceeded)
                .map(c -> "ABOVE THE STATED MAXIMUM: " + c.actual().toPlainString() + " " + c.unit() + " > "
                        + c.limit() + " " + c.maximum().toPlainString() + " " + c.unit()).toList();
        return new PediatricDoseCheck(Decimals.round(perKgDose, 3), Decimals.round(daily, 3),
                Decimals.round(perKgDay, 3), checks, flags.isEmpty(), flags,
                "mg/kg/dose = dose mg / weight kg; daily = dose × doses per day; mg/kg/day = daily / weight kg; "
                        + "each compared exactly with its stated maximum", REFERENCE, Disclaimer.TEXT);
    }

    /** The lower of the ceiling so far and {@code limit}; flags the limit when the calculated dose is above it. */
    private static BigDecimal ceiling(@Nullable BigDecimal current, BigDecimal limit, BigDecimal calculated,
                                      String what, List<String> flags) {
        if (calculated.compareTo(limit) > 0) {
            flags.add("ABOVE THE STATED MAXIMUM: calculated " + mg(calculated) + " > " + what + " " + mg(limit)
                    + "; capped at " + mg(limit));
        }
        return current == null ? limit : current.min(limit);
    }

    /** Whole units of the strength nearest the dose; one fewer when the nearest would pass a stated maximum. */
    private static BigDecimal units(BigDecimal dose, BigDecimal strength, @Nullable BigDecimal ceiling) {
        BigDecimal nearest = dose.divide(strength, 0, RoundingMode.HALF_UP);
        BigDecimal units = ceiling != null && nearest.multiply(strength).compareTo(ceiling) > 0
                ? dose.divide(strength, 0, RoundingMode.DOWN) : nearest;
        if (units.signum() == 0) {
            throw new IllegalArgumentException("strength_mg " + mg(strength) + " is more than the dose allowed, "
                    + mg(dose) + "; no whole unit fits");
        }
        return units;
    }

    private static void check(List<DoseLimitCheck> checks, String limit, @Nullable BigDecimal maximum,
                              BigDecimal actual, String unit) {
        if (maximum != null) {
            Ranges.check(limit, maximum, "0.001", "1000000", unit);
            checks.add(new DoseLimitCheck(limit, maximum, Decimals.round(actual, 3), unit,
                    actual.compareTo(maximum) > 0));
        }
    }

    private static String mg(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString() + " mg";
    }
}
