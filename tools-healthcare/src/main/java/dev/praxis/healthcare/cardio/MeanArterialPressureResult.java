package dev.praxis.healthcare.cardio;

import java.math.BigDecimal;

/**
 * A mean arterial pressure estimated from cuff pressures.
 *
 * @param meanArterialPressure the estimate, rounded half-up to 1 decimal
 * @param unit always {@code mmHg}
 * @param systolicMmHg the systolic pressure used
 * @param diastolicMmHg the diastolic pressure used
 * @param formula the formula's name and expression
 * @param reference where it is published
 * @param rounding how the result was rounded
 * @param disclaimer the fixed disclaimer
 */
public record MeanArterialPressureResult(BigDecimal meanArterialPressure, String unit, BigDecimal systolicMmHg,
                                         BigDecimal diastolicMmHg, String formula, String reference, String rounding,
                                         String disclaimer) {
}
