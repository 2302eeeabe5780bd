package dev.praxis.healthcare.chemistry;

import dev.praxis.healthcare.internal.Guard;
import dev.praxis.tool.Param;
import dev.praxis.tool.ToolFunction;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The clinical-chemistry tools an agent calls. Example call and result (abridged):
 *
 * <pre>{@code
 * convert_lab_unit {"analyte": "HBA1C", "value": 7.0, "from_unit": "PERCENT"}
 *   -> {"converted": 53, "to_unit": "mmol/mol", "formula": "IFCC (mmol/mol) = 10.929 × (NGSP % − 2.15)", ...}
 * }</pre>
 */
public final class ChemistryTools {

    /**
     * The {@code anion_gap} tool.
     *
     * @param sodiumMmolL sodium in mmol/L
     * @param chlorideMmolL chloride in mmol/L
     * @param bicarbonateMmolL bicarbonate in mmol/L
     * @param potassiumMmolL potassium in mmol/L, or null to leave it out
     * @return the anion gap in mmol/L
     */
    @ToolFunction(name = "anion_gap", description = "Serum anion gap in mmol/L: Na − (Cl + HCO3), or with "
            + "potassium (Na + K) − (Cl + HCO3) when potassium is given; electrolytes in mmol/L (= mEq/L).")
    public AnionGapResult anionGap(
            @Param(value = "Sodium in mmol/L", name = "sodium_mmol_l", min = "100", max = "200") BigDecimal sodiumMmolL,
            @Param(value = "Chloride in mmol/L", name = "chloride_mmol_l", min = "50", max = "150")
            BigDecimal chlorideMmolL,
            @Param(value = "Bicarbonate (total CO2) in mmol/L", name = "bicarbonate_mmol_l", min = "1", max = "60")
            BigDecimal bicarbonateMmolL,
            @Param(value = "Potassium in mmol/L; leave out for the formula without potassium",
                    name = "potassium_mmol_l", required = false, min = "1", max = "10")
            @Nullable BigDecimal potassiumMmolL) {
        return Guard.call(() -> Chemistry.anionGap(sodiumMmolL, chlorideMmolL, bicarbonateMmolL, potassiumMmolL));
    }

    /**
     * The {@code corrected_calcium} tool.
     *
     * @param calciumMgDl total calcium in mg/dL
     * @param albuminGDl albumin in g/dL
     * @param normalAlbuminGDl the reference albumin in g/dL, or null for 4.0
     * @return the corrected calcium in mg/dL
     */
    @ToolFunction(name = "corrected_calcium", description = "Total calcium corrected for albumin (Payne), in "
            + "mg/dL: calcium + 0.8 × (4.0 − albumin), calcium in mg/dL and albumin in g/dL.")
    public CorrectedCalciumResult correctedCalcium(
            @Param(value = "Total serum calcium in mg/dL", min = "2", max = "20") BigDecimal calciumMgDl,
            @Param(value = "Serum albumin in g/dL", min = "0.5", max = "7") BigDecimal albuminGDl,
            @Param(value = "Reference (normal) albumin in g/dL; default 4.0", required = false, min = "3", max = "5")
            @Nullable BigDecimal normalAlbuminGDl) {
        return Guard.call(() -> Chemistry.correctedCalcium(calciumMgDl, albuminGDl, normalAlbuminGDl));
    }

    /**
     * The {@code convert_lab_unit} tool.
     *
     * @param analyte what is measured
     * @param value the value to convert
     * @param fromUnit its unit
     * @return the value in the analyte's other unit, with the factor and its source
     */
    @ToolFunction(name = "convert_lab_unit", description = "Converts a lab value between conventional and SI units "
            + "with a cited factor: GLUCOSE, CHOLESTEROL, TRIGLYCERIDES (MG_DL <-> MMOL_L), CREATININE (MG_DL <-> "
            + "UMOL_L), UREA (BUN MG_DL <-> urea MMOL_L), HBA1C (PERCENT NGSP <-> MMOL_MOL IFCC).")
    public LabConversion convertLabUnit(
            @Param("Analyte: GLUCOSE, CHOLESTEROL, TRIGLYCERIDES, CREATININE, UREA or HBA1C") Analyte analyte,
            @Param(value = "The value, in from_unit", min = "0", max = "100000") BigDecimal value,
            @Param("Unit of the value: MG_DL, MMOL_L, UMOL_L, PERCENT (HbA1c NGSP) or MMOL_MOL (HbA1c IFCC)")
            LabUnit fromUnit) {
        return Guard.call(() -> LabUnits.convert(analyte, value, fromUnit));
    }
}
