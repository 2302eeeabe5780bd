package dev.praxis.healthcare.chemistry;

import java.math.BigDecimal;

/**
 * A total calcium corrected for serum albumin.
 *
 * @param correctedCalcium the corrected calcium, rounded half-up to 2 decimals
 * @param unit always {@code mg/dL}
 * @param normalAlbuminGDl the albumin the correction refers to, in g/dL
 * @param formula the formula used
 * @param reference where it is published
 * @param rounding how the result was rounded
 * @param disclaimer the fixed disclaimer
 */
public record CorrectedCalciumResult(BigDecimal correctedCalcium, String unit, BigDecimal normalAlbuminGDl,
                                     String formula, String reference, String rounding, String disclaimer) {
}
