package dev.praxis.healthcare.cardio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.healthcare.ToolCalls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.praxis.healthcare.ToolCalls.decimal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reference values for the cardiovascular tools, COMPUTED by us from the published formulas (unrounded in
 * comments): Bazett, Heart 1920;7:353-370 (QT / √RR); Fridericia, Acta Med Scand 1920;53:469-486 (QT / ∛RR);
 * Sagie et al., Am J Cardiol 1992;70:797-801 (QT + 0.154 s × (1 − RR)); Hodges et al., JACC 1983;1:694
 * (QT + 1.75 × (HR − 60)); RR = 60 / HR. At 60 bpm (RR = 1 s) every correction returns the measured QT: each paper's
 * correction is defined to be the identity there. Mean arterial pressure: DBP + (SBP − DBP) / 3 (Meaney et al.,
 * Heart 2000;84:64). Scores: point tables of Lip et al., Chest 2010;137:263-272 (CHA₂DS₂-VASc, Table 2) and
 * Pisters et al., Chest 2010;138:1093-1100 (HAS-BLED, Table 1), summed by us for the patients described.
 *
 * <p>Values published by others (calculator outputs, worked examples, other projects' tests), each with its
 * source: {@link PublishedReferenceValuesTest}.
 */
class CardioReferenceTest {

    private final ToolCalls calls = new ToolCalls();

    @ParameterizedTest(name = "QT {0} ms at {1} bpm -> {2}/{3}/{4}/{5}")
    @CsvSource({
            "400, 75, 447, 431, 431, 426",    // 447.21, 430.89, 430.8, 426.25
            "360, 100, 465, 427, 422, 430",   // 464.76, 426.83, 421.6, 430.0
            "440, 50, 402, 414, 409, 423",    // 401.66, 414.06, 409.2, 422.5 (exact .5: half-up)
            "400, 60, 400, 400, 400, 400",    // RR = 1 s: the identity
    })
    void qtcMatchesBazettFridericiaFraminghamHodges(String qt, String hr, String bazett, String fridericia,
                                                    String framingham, String hodges) {
        JsonNode result = calls.ok("qtc", "{\"qt_ms\": " + qt + ", \"heart_rate_bpm\": " + hr + "}");

        JsonNode c = result.get("corrections");
        assertThat(c.get(0).get("method").asText()).isEqualTo("Bazett");
        assertThat(decimal(c.get(0), "qtc_ms")).isEqualByComparingTo(bazett);
        assertThat(decimal(c.get(1), "qtc_ms")).isEqualByComparingTo(fridericia);
        assertThat(decimal(c.get(2), "qtc_ms")).isEqualByComparingTo(framingham);
        assertThat(decimal(c.get(3), "qtc_ms")).isEqualByComparingTo(hodges);
        assertThat(c.get(2).get("reference").asText()).contains("Sagie A");
        assertThat(result.get("unit").asText()).isEqualTo("ms");
    }

    @ParameterizedTest(name = "{0}/{1} mmHg -> {2}")
    @CsvSource({
            "120, 80, 93.3",   // 93.333
            "90, 60, 70.0",
            "135, 85, 101.7",  // 101.667
    })
    void meanArterialPressureIsDiastolicPlusOneThirdOfPulsePressure(String sbp, String dbp, String expected) {
        JsonNode result = calls.ok("mean_arterial_pressure", "{\"systolic_mmhg\": " + sbp + ", \"diastolic_mmhg\": "
                + dbp + "}");

        assertThat(decimal(result, "mean_arterial_pressure")).isEqualByComparingTo(expected);
        assertThat(result.get("unit").asText()).isEqualTo("mmHg");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // 76-year-old woman with hypertension: A2 2 + Sc 1 + H 1
            "76 y female, hypertension | 76 | female | false | true | false | false | false | 4",
            // 67-year-old man with heart failure and diabetes: C 1 + D 1 + A 1
            "67 y male, CHF, diabetes | 67 | male | true | false | true | false | false | 3",
            // every item present: the published maximum of 9
            "80 y female, everything | 80 | female | true | true | true | true | true | 9",
            // 50-year-old man, nothing: 0
            "50 y male, nothing | 50 | male | false | false | false | false | false | 0",
    })
    void cha2ds2VascSumsThePublishedPoints(String label, int age, String sex, boolean chf, boolean htn, boolean dm,
                                           boolean stroke, boolean vascular, int expected) {
        JsonNode result = calls.ok("cha2ds2_vasc", "{\"age\": " + age + ", \"sex\": \"" + sex
                + "\", \"congestive_heart_failure\": " + chf + ", \"hypertension\": " + htn + ", \"diabetes\": " + dm
                + ", \"stroke_tia_thromboembolism\": " + stroke + ", \"vascular_disease\": " + vascular + "}");

        assertThat(result.get("score").asInt()).isEqualTo(expected);
        assertThat(result.get("items")).hasSize(8);
        assertThat(result.get("reference").asText()).contains("Lip GYH").contains("Chest 2010;137:263-272");
    }

    @Test
    void hasBledSumsThePublishedPoints() {
        // 70-year-old with uncontrolled hypertension taking an NSAID: H 1 + E 1 + D 1 = 3
        JsonNode three = calls.ok("has_bled", hasBled(70, true, false, false, false, false, false, true, false));
        // every item: the published maximum of 9; 65 is not "over 65": 0
        JsonNode nine = calls.ok("has_bled", hasBled(80, true, true, true, true, true, true, true, true));
        JsonNode zero = calls.ok("has_bled", hasBled(65, false, false, false, false, false, false, false, false));

        assertThat(three.get("score").asInt()).isEqualTo(3);
        assertThat(nine.get("score").asInt()).isEqualTo(9);
        assertThat(zero.get("score").asInt()).isZero();
        assertThat(three.get("reference").asText()).contains("Pisters R").contains("Chest 2010;138:1093-1100");
    }

    @Test
    void refusesSystolicNotAboveDiastolic() {
        assertThat(calls.error("mean_arterial_pressure", "{\"systolic_mmhg\": 80, \"diastolic_mmhg\": 90}"))
                .isEqualTo("systolic_mmhg must be above diastolic_mmhg, got 80 and 90 mmHg");
    }

    @Test
    void refusesAHeartRateOutsideItsRange() {
        assertThat(calls.error("qtc", "{\"qt_ms\": 400, \"heart_rate_bpm\": 400}")).contains("heart_rate_bpm")
                .contains("300");
    }

    private static String hasBled(int age, boolean h, boolean renal, boolean liver, boolean s, boolean b, boolean l,
                                  boolean drugs, boolean alcohol) {
        return "{\"age\": " + age + ", \"uncontrolled_hypertension\": " + h + ", \"abnormal_renal_function\": " + renal
                + ", \"abnormal_liver_function\": " + liver + ", \"stroke\": " + s + ", \"bleeding\": " + b
                + ", \"labile_inr\": " + l + ", \"drugs\": " + drugs + ", \"alcohol\": " + alcohol + "}";
    }
}
