package dev.praxis.healthcare.kidney;

import dev.praxis.healthcare.body.Sex;

import java.math.BigDecimal;

/**
 * An estimated glomerular filtration rate by CKD-EPI 2021.
 *
 * @param egfr the estimate, rounded half-up to a whole number as laboratories report it
 * @param unit always {@code mL/min/1.73 m²}
 * @param creatinineMgDl the serum creatinine used, in mg/dL (converted from µmol/L when given so)
 * @param age the age used, in years
 * @param sex the sex whose coefficients were used
 * @param formula the equation's name and expression
 * @param reference where the equation is published
 * @param rounding how the result was rounded
 * @param disclaimer the fixed disclaimer
 */
public record EgfrResult(BigDecimal egfr, String unit, BigDecimal creatinineMgDl, int age, Sex sex, String formula,
                         String reference, String rounding, String disclaimer) {
}
