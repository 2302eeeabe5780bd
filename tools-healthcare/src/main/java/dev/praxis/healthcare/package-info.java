/**
 * The healthcare tool pack: exact, cited clinical calculators in their own packages
 * ({@code kidney}, {@code body}, {@code cardio}, {@code chemistry}, {@code dosing}) and {@link
 * dev.praxis.healthcare.HealthcarePack}, which registers them. Every result states its units, its formula and
 * the formula's reference, and carries {@link dev.praxis.healthcare.HealthcarePack#DISCLAIMER}: results are
 * numbers, never a diagnosis or a prescription.
 */
@NullMarked
package dev.praxis.healthcare;

import org.jspecify.annotations.NullMarked;
