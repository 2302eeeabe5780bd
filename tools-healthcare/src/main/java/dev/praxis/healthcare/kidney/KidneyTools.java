package dev.praxis.healthcare.kidney;

import dev.praxis.healthcare.body.Sex;
import dev.praxis.healthcare.internal.Guard;
import dev.praxis.tool.Param;
import dev.praxis.tool.ToolFunction;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The kidney-function tools an agent calls. Example call and result (abridged):
 *
 * <pre>{@code
 * egfr_ckd_epi_2021 {"creatinine_mg_dl": 1.0, "age": 50, "sex": "female"}
 *   -> {"egfr": 69, "unit": "mL/min/1.73 m²", "formula": "CKD-EPI 2021 ...", "reference": "Inker LA ...", ...}
 * }</pre>
 */
public final class KidneyTools {

    /**
     * The {@code egfr_ckd_epi_2021} tool. Creatinine comes in exactly one of mg/dL or µmol/L.
     *
     * @param creatinineMgDl serum creatinine in mg/dL, or null when given in µmol/L
     * @param age age in years
     * @param sex female or male
     * @param creatinineUmolL serum creatinine in µmol/L, or null when given in mg/dL
     * @return the eGFR in mL/min/1.73 m²
     */
    @ToolFunction(name = "egfr_ckd_epi_2021", description = "Estimated GFR in mL/min/1.73 m² by the race-free "
            + "CKD-EPI 2021 creatinine equation (adults), from serum creatinine (give creatinine_mg_dl in mg/dL or "
            + "creatinine_umol_l in µmol/L, exactly one), age and sex; with the equation and its reference.")
    public EgfrResult egfrCkdEpi2021(
            @Param(value = "Serum creatinine in mg/dL (give this or creatinine_umol_l)", required = false,
                    min = "0.1", max = "20") @Nullable BigDecimal creatinineMgDl,
            @Param(value = "Age in whole years, adults only", min = "18", max = "120") int age,
            @Param("Sex: female or male (the equation's coefficients differ)") Sex sex,
            @Param(value = "Serum creatinine in µmol/L (give this or creatinine_mg_dl)", required = false,
                    min = "8.84", max = "1768") @Nullable BigDecimal creatinineUmolL) {
        return Guard.call(() -> KidneyFunction.egfrCkdEpi2021(
                KidneyFunction.creatinineMgDl(creatinineMgDl, creatinineUmolL), age, sex));
    }

    /**
     * The {@code creatinine_clearance} tool.
     *
     * @param creatinineMgDl serum creatinine in mg/dL, or null when given in µmol/L
     * @param age age in years
     * @param weightKg actual body weight in kg
     * @param heightCm height in cm
     * @param sex female or male
     * @param creatinineUmolL serum creatinine in µmol/L, or null when given in mg/dL
     * @return the clearances with actual, ideal and adjusted body weight, in mL/min
     */
    @ToolFunction(name = "creatinine_clearance", description = "Creatinine clearance in mL/min by Cockcroft-Gault "
            + "with the actual, the ideal (Devine) and the adjusted body weight, from serum creatinine (mg/dL or "
            + "µmol/L, exactly one), age, weight (kg), height (cm) and sex; with the equations and references.")
    public CreatinineClearanceResult creatinineClearance(
            @Param(value = "Serum creatinine in mg/dL (give this or creatinine_umol_l)", required = false,
                    min = "0.1", max = "20") @Nullable BigDecimal creatinineMgDl,
            @Param(value = "Age in whole years, adults only", min = "18", max = "120") int age,
            @Param(value = "Actual body weight in kg (kilograms)", min = "20", max = "400") BigDecimal weightKg,
            @Param(value = "Height in cm (centimetres), 152.4 (5 ft) or more", min = "152.4", max = "250")
            BigDecimal heightCm,
            @Param("Sex: female or male (the equation's coefficients differ)") Sex sex,
            @Param(value = "Serum creatinine in µmol/L (give this or creatinine_mg_dl)", required = false,
                    min = "8.84", max = "1768") @Nullable BigDecimal creatinineUmolL) {
        return Guard.call(() -> KidneyFunction.creatinineClearance(age, weightKg, heightCm, sex,
                KidneyFunction.creatinineMgDl(creatinineMgDl, creatinineUmolL)));
    }
}
