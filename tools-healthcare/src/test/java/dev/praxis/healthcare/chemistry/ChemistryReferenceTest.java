package dev.praxis.healthcare.chemistry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.healthcare.ToolCalls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.RoundingMode;

import static dev.praxis.healthcare.ToolCalls.decimal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reference values for the chemistry tools.
 *
 * <p>Published values: the HbA1c pairs 6.0 % = 42, 6.5 % = 48, 7.0 % = 53, 8.0 % = 64, 9.0 % = 75 and 10.0 % = 86
 * mmol/mol are the NGSP/IFCC conversion table (NGSP, "Convert between NGSP, IFCC and eAG", ngsp.org; also the table
 * of the ADA/EASD/IDF/IFCC consensus statement, Diabetes Care 2007;30:2399-2400), quoted from memory and not
 * re-opened here; they agree with the master equation of Hoelzel et al., Clin Chem 2004;50:166-174. The glucose
 * thresholds 126 mg/dL = 7.0 mmol/L and 100 mg/dL = 5.6 mmol/L (to 1 decimal) are those printed side by side in the
 * ADA Standards of Care, "Diagnosis and Classification of Diabetes"; triglycerides 150 mg/dL = 1.7 mmol/L as in
 * NCEP ATP III (Circulation 2002;106:3143-3421). The other expected values are COMPUTED by us from the cited
 * factor or formula (unrounded in comments): anion gap Na − (Cl + HCO3) (Emmett &amp; Narins, Medicine 1977;56:38-54);
 * corrected calcium Ca + 0.8 × (4 − albumin) (Payne et al., BMJ 1973;4:643-646).
 *
 * <p>Values published by others (calculator outputs, worked examples, other projects' tests), each with its
 * source: {@link PublishedReferenceValuesTest}.
 */
class ChemistryReferenceTest {

    private final ToolCalls calls = new ToolCalls();

    @ParameterizedTest(name = "HbA1c {0} % -> {1} mmol/mol")
    @CsvSource({"6.0, 42", "6.5, 48", "7.0, 53", "8.0, 64", "9.0, 75", "10.0, 86"})
    void hba1cPercentToIfccMatchesThePublishedTable(String ngsp, String ifcc) {
        JsonNode result = convert("HBA1C", ngsp, "PERCENT");

        assertThat(decimal(result, "converted")).isEqualByComparingTo(ifcc);
        assertThat(result.get("to_unit").asText()).isEqualTo("mmol/mol");
        assertThat(result.get("reference").asText()).contains("Hoelzel W").contains("10.929");
    }

    @Test
    void hba1cIfccToPercentInvertsTheMasterEquation() {
        assertThat(decimal(convert("HBA1C", "53", "MMOL_MOL"), "converted")).isEqualByComparingTo("7.0");  // 6.9995
        assertThat(decimal(convert("HBA1C", "48", "MMOL_MOL"), "converted")).isEqualByComparingTo("6.5");  // 6.5420
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3} (1 decimal {4})")
    @CsvSource({
            "GLUCOSE, 126, MG_DL, 6.99, 7.0",         // 6.99378; ADA: 126 mg/dL = 7.0 mmol/L
            "GLUCOSE, 100, MG_DL, 5.55, 5.6",         // 5.55062; ADA: 100 mg/dL = 5.6 mmol/L
            "TRIGLYCERIDES, 150, MG_DL, 1.69, 1.7",   // 1.69358; ATP III: 150 mg/dL = 1.7 mmol/L
    })
    void conventionalToSiMatchesPublishedThresholds(String analyte, String value, String unit, String twoDecimals,
                                                     String oneDecimal) {
        JsonNode result = convert(analyte, value, unit);

        assertThat(decimal(result, "converted")).isEqualByComparingTo(twoDecimals);
        assertThat(decimal(result, "converted").setScale(1, RoundingMode.HALF_UP)).isEqualByComparingTo(oneDecimal);
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3} {4}")
    @CsvSource({
            "GLUCOSE, 5.5, MMOL_L, 99.09, mg/dL",        // 99.088
            "CHOLESTEROL, 200, MG_DL, 5.17, mmol/L",     // 5.17197
            "CREATININE, 1.0, MG_DL, 88.40, µmol/L",     // the KDIGO factor itself
            "CREATININE, 100, UMOL_L, 1.13, mg/dL",      // 1.13122
            "UREA, 14, MG_DL, 5.00, mmol/L",             // 4.99750 (BUN 14 mg/dL)
    })
    void convertsWithTheCitedFactor(String analyte, String value, String unit, String expected, String toUnit) {
        JsonNode result = convert(analyte, value, unit);

        assertThat(decimal(result, "converted")).isEqualByComparingTo(expected);
        assertThat(result.get("to_unit").asText()).isEqualTo(toUnit);
        assertThat(result.get("reference").asText()).isNotBlank();
    }

    @Test
    void anionGapWithAndWithoutPotassium() {
        JsonNode without = calls.ok("anion_gap", "{\"sodium_mmol_l\": 140, \"chloride_mmol_l\": 104, "
                + "\"bicarbonate_mmol_l\": 24}");
        JsonNode with = calls.ok("anion_gap", "{\"sodium_mmol_l\": 140, \"chloride_mmol_l\": 104, "
                + "\"bicarbonate_mmol_l\": 24, \"potassium_mmol_l\": 4}");

        assertThat(decimal(without, "anion_gap")).isEqualByComparingTo("12");
        assertThat(decimal(with, "anion_gap")).isEqualByComparingTo("16");
        assertThat(with.get("with_potassium").asBoolean()).isTrue();
        assertThat(without.get("reference").asText()).contains("Emmett M, Narins RG");
    }

    @Test
    void correctedCalciumAddsPointEightPerGramOfMissingAlbumin() {
        JsonNode low = calls.ok("corrected_calcium", "{\"calcium_mg_dl\": 8.0, \"albumin_g_dl\": 2.5}");
        JsonNode other = calls.ok("corrected_calcium", "{\"calcium_mg_dl\": 9.2, \"albumin_g_dl\": 3.1}");

        assertThat(decimal(low, "corrected_calcium")).isEqualByComparingTo("9.20");
        assertThat(decimal(other, "corrected_calcium")).isEqualByComparingTo("9.92");
        assertThat(low.get("reference").asText()).contains("Payne RB");
    }

    @Test
    void refusesAUnitTheAnalyteDoesNotUse() {
        assertThat(calls.error("convert_lab_unit", "{\"analyte\": \"GLUCOSE\", \"value\": 5, \"from_unit\": \"UMOL_L\"}"))
                .isEqualTo("from_unit for GLUCOSE must be MG_DL or MMOL_L, got UMOL_L");
    }

    @Test
    void refusesAnImplausibleHba1c() {
        assertThat(calls.error("convert_lab_unit", "{\"analyte\": \"HBA1C\", \"value\": 48, \"from_unit\": \"PERCENT\"}"))
                .isEqualTo("value must be between 3 % and 20 %, got 48 %");
    }

    private JsonNode convert(String analyte, String value, String unit) {
        return calls.ok("convert_lab_unit", "{\"analyte\": \"" + analyte + "\", \"value\": " + value
                + ", \"from_unit\": \"" + unit + "\"}");
    }
}
