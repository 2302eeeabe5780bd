package dev.praxis.healthcare.kidney;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.healthcare.HealthcarePack;
import dev.praxis.healthcare.ToolCalls;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.praxis.healthcare.ToolCalls.decimal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reference values for the kidney tools.
 *
 * <p>CKD-EPI 2021: coefficients from Inker LA et al., N Engl J Med 2021;385:1737-1749 (142; κ 0.7/0.9;
 * α −0.241/−0.302; −1.200; 0.9938^age; 1.012 female). The expected values were COMPUTED by us from that published
 * equation in double precision (unrounded value in each comment) and rounded to a whole number as laboratories
 * report; none lies near a .5 boundary. The 1.2 mg/dL, 55-year-old male case (71.4 → 71) is also the example
 * commonly shown for the NKF's online CKD-EPI 2021 calculator (kidney.org), which we could not open here.
 *
 * <p>Cockcroft-Gault: Cockcroft DW, Gault MH, Nephron 1976;16:31-41, (140 − age) × weight / (72 × Scr), × 0.85
 * female; ideal body weight by Devine (Drug Intell Clin Pharm 1974;8:650-655); adjusted = IBW + 0.4 × (actual −
 * IBW). Expected values COMPUTED by us from those formulas (unrounded in comments).
 *
 * <p>Values published by others (calculator outputs, worked examples, other projects' tests), each with its
 * source: {@link PublishedReferenceValuesTest}.
 */
class KidneyReferenceTest {

    private final ToolCalls calls = new ToolCalls();

    @ParameterizedTest(name = "Scr {0} mg/dL, {1} y, {2} -> {3}")
    @CsvSource({
            "1.0, 50, female, 69",   // 68.633 (the CLI example)
            "1.2, 55, male,   71",   // 71.418
            "0.6, 30, female, 124",  // 123.758 (Scr below κ: exponent α = -0.241)
            "0.8, 40, male,   115",  // 114.735 (Scr below κ: exponent α = -0.302)
            "2.5, 70, male,   27",   // 26.964
            "1.5, 80, female, 35",   // 35.010
            "0.7, 60, female, 99",   // 98.948 (Scr exactly κ: both min and max terms are 1)
            "0.9, 60, male,   98",   // 97.775 (Scr exactly κ)
    })
    void egfrMatchesTheCkdEpi2021Equation(String creatinine, int age, String sex, int expected) {
        JsonNode result = calls.ok("egfr_ckd_epi_2021",
                "{\"creatinine_mg_dl\": " + creatinine + ", \"age\": " + age + ", \"sex\": \"" + sex + "\"}");

        assertThat(decimal(result, "egfr")).isEqualByComparingTo(BigDecimal.valueOf(expected));
        assertThat(result.get("unit").asText()).isEqualTo("mL/min/1.73 m²");
        assertThat(result.get("reference").asText()).contains("Inker LA").contains("2021;385:1737-1749");
        assertThat(result.get("disclaimer").asText()).isEqualTo(HealthcarePack.DISCLAIMER);
    }

    @Test
    void egfrTakesCreatinineInMicromolesPerLitre() {
        // 150 µmol/L = 1.6968 mg/dL (÷ 88.4, the KDIGO 2012 factor); computed from the equation: 44.284 -> 44
        JsonNode result = calls.ok("egfr_ckd_epi_2021", "{\"creatinine_umol_l\": 150, \"age\": 65, \"sex\": \"male\"}");

        assertThat(decimal(result, "egfr")).isEqualByComparingTo("44");
        assertThat(decimal(result, "creatinine_mg_dl")).isCloseTo(new BigDecimal("1.6968"),
                org.assertj.core.data.Offset.offset(new BigDecimal("0.0001")));
    }

    @Test
    void creatinineClearanceWithThreeWeightsMale() {
        // 60 y, 80 kg, 175 cm, male, Scr 1.2: IBW 70.4646 kg, adjusted 74.2787 kg;
        // CrCl 74.074 (actual), 65.245 (ideal), 68.777 (adjusted) mL/min
        JsonNode result = calls.ok("creatinine_clearance", "{\"creatinine_mg_dl\": 1.2, \"age\": 60, "
                + "\"weight_kg\": 80, \"height_cm\": 175, \"sex\": \"male\"}");

        assertThat(decimal(result, "with_actual_weight")).isEqualByComparingTo("74.1");
        assertThat(decimal(result, "with_ideal_weight")).isEqualByComparingTo("65.2");
        assertThat(decimal(result, "with_adjusted_weight")).isEqualByComparingTo("68.8");
        assertThat(decimal(result, "ideal_weight_kg")).isEqualByComparingTo("70.5");
        assertThat(decimal(result, "adjusted_weight_kg")).isEqualByComparingTo("74.3");
        assertThat(result.get("unit").asText()).isEqualTo("mL/min");
        assertThat(result.get("reference").asText()).contains("Cockcroft DW, Gault MH").contains("Nephron 1976");
    }

    @Test
    void creatinineClearanceWithThreeWeightsFemale() {
        // 70 y, 95 kg, 160 cm, female, Scr 1.1: IBW 52.3819 kg, adjusted 69.4291 kg;
        // CrCl 71.370 (actual), 39.353 (ideal), 52.160 (adjusted) mL/min, each × 0.85
        JsonNode result = calls.ok("creatinine_clearance", "{\"creatinine_mg_dl\": 1.1, \"age\": 70, "
                + "\"weight_kg\": 95, \"height_cm\": 160, \"sex\": \"female\"}");

        assertThat(decimal(result, "with_actual_weight")).isEqualByComparingTo("71.4");
        assertThat(decimal(result, "with_ideal_weight")).isEqualByComparingTo("39.4");
        assertThat(decimal(result, "with_adjusted_weight")).isEqualByComparingTo("52.2");
    }
}
