package dev.praxis.healthcare.body;

import dev.praxis.healthcare.internal.Decimals;
import dev.praxis.healthcare.internal.Disclaimer;
import dev.praxis.healthcare.internal.Ranges;

import java.math.BigDecimal;

/**
 * The body-measure formulas, exact in {@link BigDecimal} except Du Bois's non-integer powers. Inputs outside the
 * stated ranges are refused with an {@link IllegalArgumentException} naming the parameter and its range.
 *
 * <pre>{@code
 * BodyMeasures.bmi(new BigDecimal("70"), new BigDecimal("175")).bmi();   // 22.9 kg/m²
 * }</pre>
 */
public final class BodyMeasures {

    /** Devine's formula is defined from 5 ft (60 in, 152.4 cm) up; below it would extrapolate. */
    public static final String DEVINE_MIN_HEIGHT_CM = "152.4";

    static final String BMI_REFERENCE = "Quetelet's index; World Health Organization. Obesity: preventing and "
            + "managing the global epidemic. WHO Technical Report Series 894, Geneva 2000";
    static final String MOSTELLER_REFERENCE = "Mosteller RD. Simplified calculation of body-surface area. "
            + "N Engl J Med 1987;317:1098";
    static final String DU_BOIS_REFERENCE = "Du Bois D, Du Bois EF. A formula to estimate the approximate surface "
            + "area if height and weight be known. Arch Intern Med 1916;17:863-871";
    static final String DEVINE_REFERENCE = "Devine BJ. Gentamicin therapy. Drug Intell Clin Pharm 1974;8:650-655";

    private static final BigDecimal CM_PER_INCH = new BigDecimal("2.54");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private BodyMeasures() {
    }

    /**
     * Body mass index: weight / height².
     *
     * @param weightKg weight in kg, 0.3 to 500
     * @param heightCm height in cm, 30 to 272
     * @return the index in kg/m²
     */
    public static BmiResult bmi(BigDecimal weightKg, BigDecimal heightCm) {
        weight(weightKg);
        height(heightCm);
        BigDecimal metres = heightCm.divide(HUNDRED);
        BigDecimal bmi = Decimals.divide(weightKg, metres.multiply(metres));
        return new BmiResult(Decimals.round(bmi, 1), "kg/m²", weightKg, heightCm,
                "Body mass index = weight (kg) / height (m)²", BMI_REFERENCE, "half-up to 1 decimal",
                Disclaimer.TEXT);
    }

    /**
     * Body surface area by Mosteller, sqrt(height cm × weight kg / 3600), and by Du Bois,
     * 0.007184 × weight^0.425 × height^0.725.
     *
     * @param weightKg weight in kg, 0.3 to 500
     * @param heightCm height in cm, 30 to 272
     * @return both estimates in m²
     */
    public static BodySurfaceAreaResult bodySurfaceArea(BigDecimal weightKg, BigDecimal heightCm) {
        weight(weightKg);
        height(heightCm);
        BigDecimal mosteller = Decimals.divide(heightCm.multiply(weightKg), new BigDecimal("3600")).sqrt(Decimals.MC);
        BigDecimal duBois = new BigDecimal("0.007184").multiply(Decimals.pow(weightKg, 0.425))
                .multiply(Decimals.pow(heightCm, 0.725));
        return new BodySurfaceAreaResult(Decimals.round(mosteller, 2), Decimals.round(duBois, 2), "m²", weightKg,
                heightCm, "Mosteller: sqrt(height cm × weight kg / 3600); "
                + "Du Bois: 0.007184 × weight kg^0.425 × height cm^0.725",
                "Mosteller: " + MOSTELLER_REFERENCE + ". Du Bois: " + DU_BOIS_REFERENCE, "half-up to 2 decimals",
                Disclaimer.TEXT);
    }

    /**
     * Ideal body weight by Devine: 50 kg (male) or 45.5 kg (female) + 2.3 kg per inch over 5 ft.
     *
     * @param heightCm height in cm, 152.4 (5 ft) to 250
     * @param sex whose coefficients to use
     * @return the weight in kg
     */
    public static IdealBodyWeightResult idealBodyWeight(BigDecimal heightCm, Sex sex) {
        BigDecimal ibw = devine(heightCm, sex, "height_cm");
        return new IdealBodyWeightResult(Decimals.round(ibw, 1), "kg", heightCm, sex,
                "Devine: 50 kg (male) or 45.5 kg (female) + 2.3 kg × (height in inches − 60)", DEVINE_REFERENCE,
                "half-up to 1 decimal", Disclaimer.TEXT);
    }

    /**
     * Devine's ideal body weight, unrounded, for other formulas that use it (Cockcroft-Gault).
     *
     * @param heightCm height in cm, 152.4 to 250
     * @param sex whose coefficients to use
     * @param parameter the caller's name for the height, for the error message
     * @return the weight in kg, exact
     */
    public static BigDecimal devine(BigDecimal heightCm, Sex sex, String parameter) {
        Ranges.check(parameter, heightCm, DEVINE_MIN_HEIGHT_CM, "250", "cm");
        BigDecimal inchesOver5ft = Decimals.divide(heightCm, CM_PER_INCH).subtract(new BigDecimal("60"));
        BigDecimal base = sex == Sex.MALE ? new BigDecimal("50") : new BigDecimal("45.5");
        return base.add(new BigDecimal("2.3").multiply(inchesOver5ft));
    }

    private static void weight(BigDecimal weightKg) {
        Ranges.check("weight_kg", weightKg, "0.3", "500", "kg");
    }

    private static void height(BigDecimal heightCm) {
        Ranges.check("height_cm", heightCm, "30", "272", "cm");
    }
}
