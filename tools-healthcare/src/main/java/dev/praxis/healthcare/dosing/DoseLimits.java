package dev.praxis.healthcare.dosing;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The maximums a caller states for a dose, each optional; at least one is needed for a check.
 *
 * @param maxMgPerKgPerDose most mg per kg in one dose, or null
 * @param maxMgPerKgPerDay most mg per kg in a day, or null
 * @param maxSingleDoseMg most mg in one dose, or null
 * @param maxDailyDoseMg most mg in a day, or null
 */
public record DoseLimits(@Nullable BigDecimal maxMgPerKgPerDose, @Nullable BigDecimal maxMgPerKgPerDay,
                         @Nullable BigDecimal maxSingleDoseMg, @Nullable BigDecimal maxDailyDoseMg) {

    /**
     * Whether no maximum is stated.
     *
     * @return true when all four are null
     */
    public boolean none() {
        return maxMgPerKgPerDose == null && maxMgPerKgPerDay == null && maxSingleDoseMg == null
                && maxDailyDoseMg == null;
    }
}
