package dev.praxis.healthcare.dosing;

import dev.praxis.healthcare.internal.Guard;
import dev.praxis.tool.Param;
import dev.praxis.tool.ToolFunction;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The dose-arithmetic tools an agent calls. Example call and result (abridged):
 *
 * <pre>{@code
 * pediatric_dose_check {"weight_kg": 12, "dose_mg": 250, "doses_per_day": 4, "max_mg_per_kg_per_dose": 15}
 *   -> {"mg_per_kg_per_dose": 20.833, "within_stated_maximums": false,
 *       "flags": ["ABOVE THE STATED MAXIMUM: 20.833 mg/kg/dose > max_mg_per_kg_per_dose 15 mg/kg/dose"], ...}
 * }</pre>
 */
public final class DosingTools {

    /**
     * The {@code weight_based_dose} tool.
     *
     * @param weightKg body weight in kg
     * @param doseMgPerKg dose in mg/kg per dose
     * @param dosesPerDay doses a day
     * @param maxSingleDoseMg stated maximum single dose in mg, or null
     * @param maxDailyDoseMg stated maximum daily dose in mg, or null
     * @param strengthMg available strength in mg to round to, or null
     * @return the dose with flags
     */
    @ToolFunction(name = "weight_based_dose", description = "Dose arithmetic: weight (kg) × dose (mg/kg), capped at "
            + "the stated maximum single and daily dose (mg) and rounded to an available strength (mg); flags every "
            + "maximum exceeded. The mg/kg and maximums must come from the label or a formulary: no dose is built in.")
    public WeightBasedDose weightBasedDose(
            @Param(value = "Body weight in kg (kilograms)", min = "0.3", max = "500") BigDecimal weightKg,
            @Param(value = "Dose in mg per kg per dose (mg/kg)", min = "0.001", max = "1000") BigDecimal doseMgPerKg,
            @Param(value = "Number of doses a day", min = "1", max = "24") int dosesPerDay,
            @Param(value = "Stated maximum single dose in mg", required = false, min = "0.001", max = "100000")
            @Nullable BigDecimal maxSingleDoseMg,
            @Param(value = "Stated maximum daily dose in mg", required = false, min = "0.001", max = "1000000")
            @Nullable BigDecimal maxDailyDoseMg,
            @Param(value = "Available strength in mg (one tablet, one measured volume) to round the dose to",
                    required = false, min = "0.001", max = "100000") @Nullable BigDecimal strengthMg) {
        return Guard.call(() -> Dosing.weightBasedDose(weightKg, doseMgPerKg, dosesPerDay, maxSingleDoseMg,
                maxDailyDoseMg, strengthMg));
    }

    /**
     * The {@code pediatric_dose_check} tool.
     *
     * @param weightKg body weight in kg
     * @param doseMg single dose in mg
     * @param dosesPerDay doses a day
     * @param maxMgPerKgPerDose stated maximum mg/kg per dose, or null
     * @param maxMgPerKgPerDay stated maximum mg/kg per day, or null
     * @param maxSingleDoseMg stated maximum single dose in mg, or null
     * @param maxDailyDoseMg stated maximum daily dose in mg, or null
     * @return the comparisons and flags
     */
    @ToolFunction(name = "pediatric_dose_check", description = "Checks a child's dose (mg) against the stated "
            + "maximums (mg/kg/dose, mg/kg/day, mg per dose, mg per day; at least one) and flags every maximum the "
            + "dose is above. The maximums must come from the label or a formulary: none is built in.")
    public PediatricDoseCheck pediatricDoseCheck(
            @Param(value = "Body weight in kg (kilograms)", min = "0.3", max = "150") BigDecimal weightKg,
            @Param(value = "Single dose in mg", min = "0.001", max = "100000") BigDecimal doseMg,
            @Param(value = "Number of doses a day", min = "1", max = "24") int dosesPerDay,
            @Param(value = "Stated maximum mg/kg per dose", required = false, min = "0.001", max = "1000000")
            @Nullable BigDecimal maxMgPerKgPerDose,
            @Param(value = "Stated maximum mg/kg per day", required = false, min = "0.001", max = "1000000")
            @Nullable BigDecimal maxMgPerKgPerDay,
            @Param(value = "Stated maximum single dose in mg", required = false, min = "0.001", max = "1000000")
            @Nullable BigDecimal maxSingleDoseMg,
            @Param(value = "Stated maximum daily dose in mg", required = false, min = "0.001", max = "1000000")
            @Nullable BigDecimal maxDailyDoseMg) {
        return Guard.call(() -> Dosing.pediatricDoseCheck(weightKg, doseMg, dosesPerDay,
                new DoseLimits(maxMgPerKgPerDose, maxMgPerKgPerDay, maxSingleDoseMg, maxDailyDoseMg)));
    }
}
