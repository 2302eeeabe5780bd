package dev.praxis.healthcare.chemistry;

import java.math.BigDecimal;

/**
 * A serum anion gap.
 *
 * @param anionGap the gap, rounded half-up to 1 decimal
 * @param unit always {@code mmol/L}
 * @param withPotassium whether potassium was included
 * @param formula the formula used
 * @param reference where it is published
 * @param rounding how the result was rounded
 * @param disclaimer the fixed disclaimer
 */
public record AnionGapResult(BigDecimal anionGap, String unit, boolean withPotassium, String formula,
                             String reference, String rounding, String disclaimer) {
}
