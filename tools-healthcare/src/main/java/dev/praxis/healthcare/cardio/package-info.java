/**
 * Cardiovascular calculators: heart-rate corrected QT by Bazett, Fridericia, Framingham and Hodges ({@code qtc}),
 * mean arterial pressure ({@code mean_arterial_pressure}) and the CHA₂DS₂-VASc and HAS-BLED scores
 * ({@code cha2ds2_vasc}, {@code has_bled}). {@link dev.praxis.healthcare.cardio.QtCorrection},
 * {@link dev.praxis.healthcare.cardio.BloodPressure} and {@link dev.praxis.healthcare.cardio.RiskScores} hold the
 * formulas; {@link dev.praxis.healthcare.cardio.CardioTools} exposes them. Scores are sums of points with each
 * item shown; no risk category or treatment is suggested.
 */
@NullMarked
package dev.praxis.healthcare.cardio;

import org.jspecify.annotations.NullMarked;
