package dev.praxis.healthcare.chemistry;

import dev.praxis.healthcare.internal.Decimals;
import dev.praxis.healthcare.internal.Disclaimer;
import dev.praxis.healthcare.internal.Ranges;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** The anion gap and albumin-corrected calcium, exact in {@link BigDecimal}. */
public final class Chemistry {

    static final String ANION_GAP_REFERENCE = "Emmett M, Narins RG. Clinical use of the anion gap. Medicine "
            + "(Baltimore) 1977;56:38-54";
    static final String PAYNE_REFERENCE = "Payne RB, Little AJ, Williams RB, Milner JR. Interpretation of serum "
            + "calcium in patients with abnormal serum proteins. Br Med J 1973;4:643-646";

    private Chemistry() {
    }

    /**
     * Anion gap: Na − (Cl + HCO₃), or (Na + K) − (Cl + HCO₃) when potassium is given.
     *
     * @param sodium sodium in mmol/L, 100 to 200
     * @param chloride chloride in mmol/L, 50 to 150
     * @param bicarbonate bicarbonate in mmol/L, 1 to 60
     * @param potassium potassium in mmol/L, 1 to 10, or null to leave it out
     * @return the gap in mmol/L
     */
    public static AnionGapResult anionGap(BigDecimal sodium, BigDecimal chloride, BigDecimal bicarbonate,
                                          @Nullable BigDecimal potassium) {
        Ranges.check("sodium_mmol_l", sodium, "100", "200", "mmol/L");
        Ranges.check("chloride_mmol_l", chloride, "50", "150", "mmol/L");
        Ranges.check("bicarbonate_mmol_l", bicarbonate, "1", "60", "mmol/L");
        BigDecimal cations = sodium;
        if (potassium != null) {
            cations = cations.add(Ranges.check("potassium_mmol_l", potassium, "1", "10", "mmol/L"));
        }
        BigDecimal gap = cations.subtract(chloride.add(bicarbonate));
        return new AnionGapResult(Decimals.round(gap, 1), "mmol/L", potassium != null,
                potassium == null ? "Anion gap = Na − (Cl + HCO3)" : "Anion gap = (Na + K) − (Cl + HCO3)",
                ANION_GAP_REFERENCE, "half-up to 1 decimal", Disclaimer.TEXT);
    }

    /**
     * Calcium corrected for albumin (Payne): Ca + 0.8 × (normal albumin − albumin), in mg/dL and g/dL.
     *
     * @param calciumMgDl total serum calcium in mg/dL, 2 to 20
     * @param albuminGDl serum albumin in g/dL, 0.5 to 7
     * @param normalAlbuminGDl the albumin the correction refers to, g/dL, 3 to 5; null for 4.0
     * @return the corrected calcium in mg/dL
     */
    public static CorrectedCalciumResult correctedCalcium(BigDecimal calciumMgDl, BigDecimal albuminGDl,
                                                          @Nullable BigDecimal normalAlbuminGDl) {
        Ranges.check("calcium_mg_dl", calciumMgDl, "2", "20", "mg/dL");
        Ranges.check("albumin_g_dl", albuminGDl, "0.5", "7", "g/dL");
        BigDecimal normal = normalAlbuminGDl == null ? new BigDecimal("4.0")
                : Ranges.check("normal_albumin_g_dl", normalAlbuminGDl, "3", "5", "g/dL");
        BigDecimal corrected = calciumMgDl.add(new BigDecimal("0.8").multiply(normal.subtract(albuminGDl)));
        return new CorrectedCalciumResult(Decimals.round(corrected, 2), "mg/dL", normal,
                "Corrected calcium (mg/dL) = calcium + 0.8 × (normal albumin − albumin) (albumin in g/dL)",
                PAYNE_REFERENCE + " (the factor 0.8 mg/dL per g/dL is their 0.02 mmol/L per g/L in conventional "
                        + "units)", "half-up to 2 decimals", Disclaimer.TEXT);
    }
}
