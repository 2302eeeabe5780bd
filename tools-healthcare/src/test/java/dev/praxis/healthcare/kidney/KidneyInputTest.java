package dev.praxis.healthcare.kidney;

import dev.praxis.healthcare.ToolCalls;
import dev.praxis.healthcare.body.Sex;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Out-of-range and ambiguous kidney inputs are refused with the parameter and its valid range. */
class KidneyInputTest {

    private final ToolCalls calls = new ToolCalls();

    @Test
    void refusesCreatinineAboveRangeNamingParameterAndRange() {
        String error = calls.error("egfr_ckd_epi_2021", "{\"creatinine_mg_dl\": 88, \"age\": 50, \"sex\": \"female\"}");

        assertThat(error).contains("creatinine_mg_dl").contains("20");
    }

    @Test
    void refusesAChildBecauseTheEquationIsForAdults() {
        String error = calls.error("egfr_ckd_epi_2021", "{\"creatinine_mg_dl\": 0.5, \"age\": 12, \"sex\": \"male\"}");

        assertThat(error).contains("age").contains("18");
    }

    @Test
    void refusesCreatinineInBothUnits() {
        String error = calls.error("egfr_ckd_epi_2021",
                "{\"creatinine_mg_dl\": 1.0, \"creatinine_umol_l\": 88.4, \"age\": 50, \"sex\": \"female\"}");

        assertThat(error).isEqualTo("give exactly one of creatinine_mg_dl (mg/dL) or creatinine_umol_l (µmol/L); "
                + "got both");
    }

    @Test
    void refusesMissingCreatinine() {
        assertThat(calls.error("egfr_ckd_epi_2021", "{\"age\": 50, \"sex\": \"female\"}")).contains("got neither");
    }

    @Test
    void directJavaCallsCheckTheSameRanges() {
        assertThatThrownBy(() -> KidneyFunction.egfrCkdEpi2021(new BigDecimal("0.05"), 50, Sex.MALE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("creatinine_mg_dl must be between 0.1 mg/dL and 20 mg/dL, got 0.05 mg/dL");
        assertThatThrownBy(() -> KidneyFunction.creatinineClearance(60, new BigDecimal("80"), new BigDecimal("140"),
                Sex.MALE, BigDecimal.ONE))
                .hasMessage("height_cm must be between 152.4 cm and 250 cm, got 140 cm");
    }
}
