package dev.praxis.healthcare.body;

import dev.praxis.healthcare.internal.Guard;
import dev.praxis.tool.Param;
import dev.praxis.tool.ToolFunction;

import java.math.BigDecimal;

/**
 * The body-measure tools an agent calls. Example call and result (abridged):
 *
 * <pre>{@code
 * body_surface_area {"weight_kg": 70, "height_cm": 170}
 *   -> {"mosteller": 1.82, "du_bois": 1.81, "unit": "m²", "formula": "Mosteller: ...", "reference": "...", ...}
 * }</pre>
 */
public final class BodyTools {

    /**
     * The {@code bmi} tool.
     *
     * @param weightKg weight in kg
     * @param heightCm height in cm
     * @return the body mass index in kg/m²
     */
    @ToolFunction(name = "bmi", description = "Body mass index in kg/m² from weight (kg) and height (cm), with the "
            + "formula and its reference. A number, not a diagnosis.")
    public BmiResult bmi(
            @Param(value = "Body weight in kg (kilograms)", min = "0.3", max = "500") BigDecimal weightKg,
            @Param(value = "Height in cm (centimetres)", min = "30", max = "272") BigDecimal heightCm) {
        return Guard.call(() -> BodyMeasures.bmi(weightKg, heightCm));
    }

    /**
     * The {@code body_surface_area} tool.
     *
     * @param weightKg weight in kg
     * @param heightCm height in cm
     * @return the Mosteller and Du Bois estimates in m²
     */
    @ToolFunction(name = "body_surface_area", description = "Body surface area in m² by the Mosteller and the Du "
            + "Bois formulas, from weight (kg) and height (cm), with both formulas and their references.")
    public BodySurfaceAreaResult bodySurfaceArea(
            @Param(value = "Body weight in kg (kilograms)", min = "0.3", max = "500") BigDecimal weightKg,
            @Param(value = "Height in cm (centimetres)", min = "30", max = "272") BigDecimal heightCm) {
        return Guard.call(() -> BodyMeasures.bodySurfaceArea(weightKg, heightCm));
    }

    /**
     * The {@code ideal_body_weight} tool.
     *
     * @param heightCm height in cm
     * @param sex female or male
     * @return Devine's ideal body weight in kg
     */
    @ToolFunction(name = "ideal_body_weight", description = "Ideal body weight in kg by Devine's formula from "
            + "height (cm, 152.4 cm = 5 ft and above) and sex, with the formula and its reference.")
    public IdealBodyWeightResult idealBodyWeight(
            @Param(value = "Height in cm (centimetres), 152.4 (5 ft) or more", min = "152.4", max = "250")
            BigDecimal heightCm,
            @Param("Sex: female or male (the formula's coefficients differ)") Sex sex) {
        return Guard.call(() -> BodyMeasures.idealBodyWeight(heightCm, sex));
    }
}
