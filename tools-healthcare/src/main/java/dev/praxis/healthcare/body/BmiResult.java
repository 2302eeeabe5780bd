package dev.praxis.healthcare.body;

import java.math.BigDecimal;

/**
 * A body mass index.
 *
 * @param bmi the index, rounded half-up to 1 decimal
 * @param unit always {@code kg/m²}
 * @param weightKg the weight used, in kg
 * @param heightCm the height used, in cm
 * @param formula the formula's name and expression
 * @param reference where the formula is published
 * @param rounding how the result was rounded
 * @param disclaimer the fixed disclaimer
 */
public record BmiResult(BigDecimal bmi, String unit, BigDecimal weightKg, BigDecimal heightCm, String formula,
                        String reference, String rounding, String disclaimer) {
}
