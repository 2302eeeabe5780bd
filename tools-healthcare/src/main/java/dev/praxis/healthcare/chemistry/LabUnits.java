package dev.praxis.healthcare.chemistry;

import dev.praxis.healthcare.internal.Decimals;
import dev.praxis.healthcare.internal.Disclaimer;
import dev.praxis.healthcare.internal.Ranges;

import java.math.BigDecimal;

/**
 * Conversion of laboratory values between conventional and SI units. Each factor is the analyte's molar mass
 * divided by 10 (mg/dL per mmol/L), from IUPAC standard atomic weights, except HbA1c, which uses the NGSP/IFCC
 * master equation. Exact in {@link BigDecimal}; results are rounded half-up to 2 decimals, HbA1c IFCC to a whole
 * mmol/mol and NGSP to 1 decimal, as the NGSP/IFCC tables report them.
 */
public final class LabUnits {

    static final String HBA1C_REFERENCE = "NGSP/IFCC master equation, IFCC = 10.929 × (NGSP − 2.15): Hoelzel W, "
            + "Weykamp C, Jeppsson JO, et al. IFCC reference system for measurement of hemoglobin A1c in human blood "
            + "and the national standardization schemes in the United States, Japan, and Sweden: a method-comparison "
            + "study. Clin Chem 2004;50:166-174";

    private LabUnits() {
    }

    /**
     * How one analyte converts: {@code factor} is conventional units per SI unit (glucose: 18.016 mg/dL per
     * mmol/L), or, when {@code siPerConventional}, SI units per conventional unit (creatinine: 88.4 µmol/L per
     * mg/dL), so that every factor is written as its source writes it.
     */
    private record Factor(LabUnit conventional, LabUnit si, BigDecimal factor, boolean siPerConventional,
                          String source) {

        BigDecimal toSi(BigDecimal conventionalValue) {
            return siPerConventional ? conventionalValue.multiply(factor) : Decimals.divide(conventionalValue, factor);
        }

        BigDecimal toConventional(BigDecimal siValue) {
            return siPerConventional ? Decimals.divide(siValue, factor) : siValue.multiply(factor);
        }

        String definition() {
            return siPerConventional
                    ? "1 " + conventional.symbol() + " = " + factor.toPlainString() + " " + si.symbol()
                    : "1 " + si.symbol() + " = " + factor.toPlainString() + " " + conventional.symbol();
        }
    }

    /**
     * {@code value} in {@code from}, converted to the analyte's other unit.
     *
     * @param analyte what is measured
     * @param value the value, positive and plausible for the analyte
     * @param from its unit, one of the analyte's two
     * @return the converted value with the factor and its source
     */
    public static LabConversion convert(Analyte analyte, BigDecimal value, LabUnit from) {
        Ranges.check("value", value, "0", "100000", from.symbol());
        if (analyte == Analyte.HBA1C) {
            return hba1c(value, from);
        }
        Factor f = factor(analyte);
        boolean fromConventional = from == f.conventional();
        if (!fromConventional && from != f.si()) {
            throw new IllegalArgumentException("from_unit for " + analyte + " must be " + f.conventional() + " or "
                    + f.si() + ", got " + from);
        }
        BigDecimal converted = fromConventional ? f.toSi(value) : f.toConventional(value);
        LabUnit to = fromConventional ? f.si() : f.conventional();
        boolean multiplies = fromConventional == f.siPerConventional();
        String formula = f.definition() + "; " + to.symbol() + " = " + from.symbol() + (multiplies ? " × " : " ÷ ")
                + f.factor().toPlainString();
        return new LabConversion(analyte, value, from.symbol(), Decimals.round(converted, 2), to.symbol(), formula,
                f.source(), "half-up to 2 decimals", Disclaimer.TEXT);
    }

    private static Factor factor(Analyte analyte) {
        return switch (analyte) {
            case GLUCOSE -> new Factor(LabUnit.MG_DL, LabUnit.MMOL_L, new BigDecimal("18.016"), false,
                    "glucose C6H12O6, molar mass 180.16 g/mol (IUPAC standard atomic weights)");
            case CHOLESTEROL -> new Factor(LabUnit.MG_DL, LabUnit.MMOL_L, new BigDecimal("38.67"), false,
                    "cholesterol C27H46O, molar mass 386.65 g/mol (IUPAC standard atomic weights)");
            case TRIGLYCERIDES -> new Factor(LabUnit.MG_DL, LabUnit.MMOL_L, new BigDecimal("88.57"), false,
                    "triglycerides as triolein (about 885.7 g/mol), the conventional factor 0.01129 mmol/L per mg/dL "
                            + "used by clinical laboratories");
            case CREATININE -> new Factor(LabUnit.MG_DL, LabUnit.UMOL_L, new BigDecimal("88.4"), true,
                    "creatinine C4H7N3O, molar mass 113.12 g/mol; the factor 88.4 of KDIGO 2012 Clinical Practice "
                            + "Guideline for the Evaluation and Management of CKD, Kidney Int Suppl 2013;3:1-150");
            case UREA -> new Factor(LabUnit.MG_DL, LabUnit.MMOL_L, new BigDecimal("2.8014"), false,
                    "urea nitrogen: 2 N per urea, 2 × 14.007 g/mol = 28.014 g/mol (IUPAC standard atomic weights); "
                            + "BUN in mg/dL, urea in mmol/L");
            case HBA1C -> throw new IllegalStateException("HbA1c has no single factor");
        };
    }

    private static LabConversion hba1c(BigDecimal value, LabUnit from) {
        BigDecimal slope = new BigDecimal("10.929");
        BigDecimal intercept = new BigDecimal("2.15");
        if (from == LabUnit.PERCENT) {
            Ranges.check("value", value, "3", "20", "%");
            BigDecimal ifcc = slope.multiply(value.subtract(intercept));
            return new LabConversion(Analyte.HBA1C, value, "%", Decimals.round(ifcc, 0), "mmol/mol",
                    "IFCC (mmol/mol) = 10.929 × (NGSP % − 2.15)", HBA1C_REFERENCE, "half-up to a whole mmol/mol",
                    Disclaimer.TEXT);
        }
        if (from != LabUnit.MMOL_MOL) {
            throw new IllegalArgumentException("from_unit for HBA1C must be PERCENT or MMOL_MOL, got " + from);
        }
        Ranges.check("value", value, "9", "195", "mmol/mol");
        BigDecimal ngsp = Decimals.divide(value, slope).add(intercept);
        return new LabConversion(Analyte.HBA1C, value, "mmol/mol", Decimals.round(ngsp, 1), "%",
                "NGSP (%) = IFCC mmol/mol / 10.929 + 2.15", HBA1C_REFERENCE, "half-up to 1 decimal", Disclaimer.TEXT);
    }
}
