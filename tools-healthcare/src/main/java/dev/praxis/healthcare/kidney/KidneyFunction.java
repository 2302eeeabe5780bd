package dev.praxis.healthcare.kidney;

import dev.praxis.healthcare.body.BodyMeasures;
import dev.praxis.healthcare.body.Sex;
import dev.praxis.healthcare.internal.Decimals;
import dev.praxis.healthcare.internal.Disclaimer;
import dev.praxis.healthcare.internal.Ranges;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The kidney-function equations. Inputs outside the stated ranges are refused with an
 * {@link IllegalArgumentException} naming the parameter and its range.
 *
 * <pre>{@code
 * KidneyFunction.egfrCkdEpi2021(new BigDecimal("1.0"), 50, Sex.FEMALE).egfr();   // 69 mL/min/1.73 m²
 * }</pre>
 */
public final class KidneyFunction {

    /** µmol/L per mg/dL of creatinine (molar mass 113.12 g/mol), the factor KDIGO 2012 uses. */
    public static final BigDecimal UMOL_L_PER_MG_DL = new BigDecimal("88.4");

    static final String CKD_EPI_2021_REFERENCE = "Inker LA, Eneanya ND, Coresh J, et al. New creatinine- and "
            + "cystatin C-based equations to estimate GFR without race. N Engl J Med 2021;385:1737-1749";
    static final String COCKCROFT_GAULT_REFERENCE = "Cockcroft DW, Gault MH. Prediction of creatinine clearance "
            + "from serum creatinine. Nephron 1976;16:31-41";
    static final String ADJUSTED_WEIGHT_REFERENCE = "adjusted body weight = IBW + 0.4 × (actual − IBW), as "
            + "evaluated with Cockcroft-Gault in Winter MA, Guhr KN, Berg GM. Pharmacotherapy 2012;32:604-612";

    private KidneyFunction() {
    }

    /**
     * eGFR by the race-free CKD-EPI 2021 creatinine equation: 142 × min(Scr/κ, 1)^α × max(Scr/κ, 1)^−1.200 ×
     * 0.9938^age × 1.012 (female), κ = 0.7 (female) or 0.9 (male), α = −0.241 (female) or −0.302 (male).
     *
     * @param creatinineMgDl serum creatinine in mg/dL, 0.1 to 20
     * @param age age in years, 18 to 120 (the equation is for adults)
     * @param sex whose coefficients to use
     * @return the estimate in mL/min/1.73 m²
     */
    public static EgfrResult egfrCkdEpi2021(BigDecimal creatinineMgDl, int age, Sex sex) {
        creatinine(creatinineMgDl);
        Ranges.check("age", age, 18, 120, "years");
        boolean female = sex == Sex.FEMALE;
        BigDecimal ratio = Decimals.divide(creatinineMgDl, new BigDecimal(female ? "0.7" : "0.9"));
        double alpha = female ? -0.241 : -0.302;
        BigDecimal egfr = new BigDecimal("142")
                .multiply(Decimals.pow(ratio.min(BigDecimal.ONE), alpha))
                .multiply(Decimals.pow(ratio.max(BigDecimal.ONE), -1.200))
                .multiply(Decimals.pow(new BigDecimal("0.9938"), age))
                .multiply(female ? new BigDecimal("1.012") : BigDecimal.ONE);
        return new EgfrResult(Decimals.round(egfr, 0), "mL/min/1.73 m²", creatinineMgDl, age, sex,
                "CKD-EPI 2021 creatinine equation (race-free): 142 × min(Scr/κ, 1)^α × max(Scr/κ, 1)^-1.200 × "
                        + "0.9938^age × 1.012 if female; κ = 0.7 (female) or 0.9 (male), α = -0.241 (female) or "
                        + "-0.302 (male); Scr in mg/dL",
                CKD_EPI_2021_REFERENCE, "half-up to a whole number", Disclaimer.TEXT);
    }

    /**
     * Creatinine clearance by Cockcroft-Gault, (140 − age) × weight / (72 × Scr) × 0.85 (female), with the actual,
     * Devine's ideal and the adjusted body weight.
     *
     * @param age age in years, 18 to 120
     * @param weightKg actual body weight in kg, 20 to 400
     * @param heightCm height in cm, 152.4 to 250 (for the ideal body weight)
     * @param sex whose coefficients to use
     * @param creatinineMgDl serum creatinine in mg/dL, 0.1 to 20
     * @return the three clearances in mL/min
     */
    public static CreatinineClearanceResult creatinineClearance(int age, BigDecimal weightKg, BigDecimal heightCm,
                                                                Sex sex, BigDecimal creatinineMgDl) {
        Ranges.check("age", age, 18, 120, "years");
        Ranges.check("weight_kg", weightKg, "20", "400", "kg");
        creatinine(creatinineMgDl);
        BigDecimal ideal = BodyMeasures.devine(heightCm, sex, "height_cm");
        BigDecimal adjusted = ideal.add(new BigDecimal("0.4").multiply(weightKg.subtract(ideal)));
        return new CreatinineClearanceResult(
                cockcroftGault(age, weightKg, sex, creatinineMgDl), cockcroftGault(age, ideal, sex, creatinineMgDl),
                cockcroftGault(age, adjusted, sex, creatinineMgDl), "mL/min", weightKg,
                Decimals.round(ideal, 1), Decimals.round(adjusted, 1), creatinineMgDl, age, sex,
                "Cockcroft-Gault: (140 − age) × weight kg / (72 × Scr mg/dL) × 0.85 if female; ideal body weight by "
                        + "Devine; adjusted body weight = ideal + 0.4 × (actual − ideal)",
                COCKCROFT_GAULT_REFERENCE + ". Devine BJ. Drug Intell Clin Pharm 1974;8:650-655. "
                        + ADJUSTED_WEIGHT_REFERENCE,
                "clearances half-up to 1 decimal, computed from the unrounded weights", Disclaimer.TEXT);
    }

    /**
     * Serum creatinine in mg/dL from exactly one of the two units.
     *
     * @param mgDl the value in mg/dL, or null
     * @param umolL the value in µmol/L, or null
     * @return the value in mg/dL
     * @throws IllegalArgumentException unless exactly one is given, or when it is out of range
     */
    public static BigDecimal creatinineMgDl(@Nullable BigDecimal mgDl, @Nullable BigDecimal umolL) {
        if ((mgDl == null) == (umolL == null)) {
            throw new IllegalArgumentException("give exactly one of creatinine_mg_dl (mg/dL) or creatinine_umol_l "
                    + "(µmol/L); got " + (mgDl == null ? "neither" : "both"));
        }
        if (mgDl != null) {
            return creatinine(mgDl);
        }
        Ranges.check("creatinine_umol_l", umolL, "8.84", "1768", "µmol/L");
        return Decimals.divide(umolL, UMOL_L_PER_MG_DL);
    }

    private static BigDecimal cockcroftGault(int age, BigDecimal weightKg, Sex sex, BigDecimal creatinineMgDl) {
        BigDecimal male = Decimals.divide(BigDecimal.valueOf(140L - age).multiply(weightKg),
                new BigDecimal("72").multiply(creatinineMgDl));
        return Decimals.round(sex == Sex.FEMALE ? male.multiply(new BigDecimal("0.85")) : male, 1);
    }

    private static BigDecimal creatinine(BigDecimal mgDl) {
        return Ranges.check("creatinine_mg_dl", mgDl, "0.1", "20", "mg/dL");
    }
}
