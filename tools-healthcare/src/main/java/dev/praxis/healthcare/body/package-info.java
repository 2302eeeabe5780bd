/**
 * Body measures: body mass index ({@code bmi}), body surface area by Mosteller and Du Bois
 * ({@code body_surface_area}) and ideal body weight by Devine ({@code ideal_body_weight}).
 * {@link dev.praxis.healthcare.body.BodyMeasures} holds the formulas; {@link dev.praxis.healthcare.body.BodyTools}
 * exposes them to agents. Weights are in kg, heights in cm; every result names its formula and reference.
 */
@NullMarked
package dev.praxis.healthcare.body;

import org.jspecify.annotations.NullMarked;
