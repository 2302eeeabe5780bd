package dev.praxis.healthcare.chemistry;

import java.math.BigDecimal;

/**
 * A laboratory value converted to its other unit.
 *
 * @param analyte what was converted
 * @param value the value given
 * @param fromUnit its unit
 * @param converted the value in {@code toUnit}, rounded as {@code rounding} says
 * @param toUnit the other unit
 * @param formula the conversion, with its factor
 * @param reference the factor's source
 * @param rounding how the result was rounded
 * @param disclaimer the fixed disclaimer
 */
public record LabConversion(Analyte analyte, BigDecimal value, String fromUnit, BigDecimal converted, String toUnit,
                            String formula, String reference, String rounding, String disclaimer) {
}
