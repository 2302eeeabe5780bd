/**
 * Dose arithmetic: a weight-based dose with the caller's maximum single and daily dose and rounding to an
 * available strength ({@code weight_based_dose}), and a check of a child's dose against stated maximums
 * ({@code pediatric_dose_check}). {@link dev.praxis.healthcare.dosing.Dosing} holds the arithmetic;
 * {@link dev.praxis.healthcare.dosing.DosingTools} exposes it. No dose or maximum is built in: every figure comes
 * from the caller (a label or formulary), and any dose above a stated maximum is flagged.
 */
@NullMarked
package dev.praxis.healthcare.dosing;

import org.jspecify.annotations.NullMarked;
