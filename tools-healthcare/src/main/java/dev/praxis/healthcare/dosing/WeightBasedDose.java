package dev.praxis.healthcare.dosing;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A weight-based dose after the stated maximums and rounding to an available strength.
 *
 * @param calculatedDoseMg weight × mg/kg, before any maximum or rounding, rounded half-up to 3 decimals
 * @param doseMg the single dose: the calculated dose capped at the stated maximums, then rounded to the strength
 * @param dailyDoseMg {@code doseMg} × doses per day
 * @param unitsPerDose how many units of the strength make one dose; null without a strength
 * @param exceedsStatedMaximum whether the calculated dose (single or daily) was above a stated maximum
 * @param flags one line for every maximum the calculated dose exceeded and every rounding applied
 * @param unit always {@code mg}
 * @param formula the arithmetic
 * @param reference where the figures come from
 * @param rounding how the dose was rounded
 * @param disclaimer the fixed disclaimer
 */
public record WeightBasedDose(BigDecimal calculatedDoseMg, BigDecimal doseMg, BigDecimal dailyDoseMg,
                              @Nullable BigDecimal unitsPerDose, boolean exceedsStatedMaximum, List<String> flags,
                              String unit, String formula, String reference, String rounding, String disclaimer) {

    /**
     * Copies the flags.
     *
     * @param calculatedDoseMg weight × mg/kg
     * @param doseMg the single dose
     * @param dailyDoseMg the daily dose
     * @param unitsPerDose units of the strength per dose, or null
     * @param exceedsStatedMaximum whether a stated maximum was exceeded
     * @param flags the flags
     * @param unit always {@code mg}
     * @param formula the arithmetic
     * @param reference where the figures come from
     * @param rounding how the dose was rounded
     * @param disclaimer the fixed disclaimer
     */
    public WeightBasedDose {
        flags = List.copyOf(flags);
    }
}
