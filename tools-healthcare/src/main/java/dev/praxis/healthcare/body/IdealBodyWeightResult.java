package dev.praxis.healthcare.body;

import java.math.BigDecimal;

/**
 * An ideal body weight by Devine's formula.
 *
 * @param idealBodyWeight the weight, rounded half-up to 1 decimal
 * @param unit always {@code kg}
 * @param heightCm the height used, in cm
 * @param sex the sex whose coefficients were used
 * @param formula the formula's name and expression
 * @param reference where the formula is published
 * @param rounding how the result was rounded
 * @param disclaimer the fixed disclaimer
 */
public record IdealBodyWeightResult(BigDecimal idealBodyWeight, String unit, BigDecimal heightCm, Sex sex,
                                    String formula, String reference, String rounding, String disclaimer) {
}
