package dev.praxis.healthcare.dosing;

import java.math.BigDecimal;
import java.util.List;

/**
 * A child's dose compared with the stated maximums.
 *
 * @param mgPerKgPerDose the dose per kg of body weight, rounded half-up to 3 decimals
 * @param dailyDoseMg the dose × doses per day
 * @param mgPerKgPerDay the daily dose per kg, rounded half-up to 3 decimals
 * @param checks one comparison per stated maximum
 * @param withinStatedMaximums whether no stated maximum is exceeded
 * @param flags one line per exceeded maximum
 * @param formula the arithmetic
 * @param reference where the figures come from
 * @param disclaimer the fixed disclaimer
 */
public record PediatricDoseCheck(BigDecimal mgPerKgPerDose, BigDecimal dailyDoseMg, BigDecimal mgPerKgPerDay,
                                 List<DoseLimitCheck> checks, boolean withinStatedMaximums, List<String> flags,
                                 String formula, String reference, String disclaimer) {

    /**
     * Copies the lists.
     *
     * @param mgPerKgPerDose the dose per kg
     * @param dailyDoseMg the daily dose
     * @param mgPerKgPerDay the daily dose per kg
     * @param checks the comparisons
     * @param withinStatedMaximums whether no maximum is exceeded
     * @param flags the flags
     * @param formula the arithmetic
     * @param reference where the figures come from
     * @param disclaimer the fixed disclaimer
     */
    public PediatricDoseCheck {
        checks = List.copyOf(checks);
        flags = List.copyOf(flags);
    }
}
