package dev.praxis.healthcare.kidney;

import dev.praxis.healthcare.body.Sex;

import java.math.BigDecimal;

/**
 * A Cockcroft-Gault creatinine clearance with each of the three body weights in use.
 *
 * @param withActualWeight clearance with the actual body weight, in mL/min
 * @param withIdealWeight clearance with Devine's ideal body weight, in mL/min
 * @param withAdjustedWeight clearance with the adjusted body weight, in mL/min
 * @param unit always {@code mL/min}
 * @param actualWeightKg the actual weight, in kg
 * @param idealWeightKg Devine's ideal body weight, in kg, rounded half-up to 1 decimal
 * @param adjustedWeightKg ideal + 0.4 × (actual − ideal), in kg, rounded half-up to 1 decimal
 * @param creatinineMgDl the serum creatinine used, in mg/dL
 * @param age the age used, in years
 * @param sex the sex used
 * @param formula the equations' names and expressions
 * @param reference where they are published
 * @param rounding how the results were rounded
 * @param disclaimer the fixed disclaimer
 */
public record CreatinineClearanceResult(BigDecimal withActualWeight, BigDecimal withIdealWeight,
                                        BigDecimal withAdjustedWeight, String unit, BigDecimal actualWeightKg,
                                        BigDecimal idealWeightKg, BigDecimal adjustedWeightKg,
                                        BigDecimal creatinineMgDl, int age, Sex sex, String formula,
                                        String reference, String rounding, String disclaimer) {
}
