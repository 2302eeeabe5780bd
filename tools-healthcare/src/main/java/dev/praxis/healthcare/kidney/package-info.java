/**
 * Kidney function: the race-free CKD-EPI 2021 creatinine equation ({@code egfr_ckd_epi_2021}) and the
 * Cockcroft-Gault creatinine clearance with actual, ideal and adjusted body weight ({@code creatinine_clearance}).
 * {@link dev.praxis.healthcare.kidney.KidneyFunction} holds the formulas; {@link dev.praxis.healthcare.kidney.KidneyTools}
 * exposes them to agents. Creatinine comes in mg/dL or µmol/L (1 mg/dL = 88.4 µmol/L).
 */
@NullMarked
package dev.praxis.healthcare.kidney;

import org.jspecify.annotations.NullMarked;
