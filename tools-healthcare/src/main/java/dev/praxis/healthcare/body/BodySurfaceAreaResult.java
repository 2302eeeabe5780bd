package dev.praxis.healthcare.body;

import java.math.BigDecimal;

/**
 * Body surface area by two formulas.
 *
 * @param mosteller Mosteller's estimate, rounded half-up to 2 decimals
 * @param duBois Du Bois and Du Bois's estimate, rounded half-up to 2 decimals
 * @param unit always {@code m²}
 * @param weightKg the weight used, in kg
 * @param heightCm the height used, in cm
 * @param formula both formulas' names and expressions
 * @param reference where each formula is published
 * @param rounding how the results were rounded
 * @param disclaimer the fixed disclaimer
 */
public record BodySurfaceAreaResult(BigDecimal mosteller, BigDecimal duBois, String unit, BigDecimal weightKg,
                                    BigDecimal heightCm, String formula, String reference, String rounding,
                                    String disclaimer) {
}
