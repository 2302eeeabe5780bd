/**
 * Clinical chemistry: the anion gap ({@code anion_gap}), albumin-corrected calcium ({@code corrected_calcium}) and
 * conversion of laboratory values between conventional and SI units ({@code convert_lab_unit}), each factor with
 * its source. {@link dev.praxis.healthcare.chemistry.Chemistry} and {@link dev.praxis.healthcare.chemistry.LabUnits}
 * hold the formulas; {@link dev.praxis.healthcare.chemistry.ChemistryTools} exposes them. All arithmetic is exact
 * in {@link java.math.BigDecimal}.
 */
@NullMarked
package dev.praxis.healthcare.chemistry;

import org.jspecify.annotations.NullMarked;
