package dev.praxis.healthcare.body;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.healthcare.ToolCalls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.praxis.healthcare.ToolCalls.decimal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reference values for the body-measure tools. Expected values COMPUTED by us from the published formulas (unrounded
 * in comments): BMI = kg / m² (WHO TRS 894, 2000); Mosteller, N Engl J Med 1987;317:1098, sqrt(cm × kg / 3600);
 * Du Bois, Arch Intern Med 1916;17:863-871, 0.007184 × kg^0.425 × cm^0.725; Devine, Drug Intell Clin Pharm
 * 1974;8:650-655, 50 / 45.5 kg + 2.3 kg per inch over 60 in. Devine at exactly 5 ft is the formula's own base
 * weight (50 kg male, 45.5 kg female), and Du Bois for 170 cm and 63 kg gives the 1.73 m² "standard adult" to which
 * eGFR is normalised.
 *
 * <p>Values published by others (calculator outputs, worked examples, other projects' tests), each with its
 * source: {@link PublishedReferenceValuesTest}.
 */
class BodyReferenceTest {

    private final ToolCalls calls = new ToolCalls();

    @ParameterizedTest(name = "{0} kg, {1} cm -> BMI {2}")
    @CsvSource({
            "70, 175, 22.9",   // 22.857
            "100, 180, 30.9",  // 30.864
            "20, 110, 16.5",   // 16.529
    })
    void bmiMatchesWeightOverHeightSquared(String kg, String cm, String expected) {
        JsonNode result = calls.ok("bmi", "{\"weight_kg\": " + kg + ", \"height_cm\": " + cm + "}");

        assertThat(decimal(result, "bmi")).isEqualByComparingTo(expected);
        assertThat(result.get("unit").asText()).isEqualTo("kg/m²");
    }

    @ParameterizedTest(name = "{0} kg, {1} cm -> Mosteller {2}, Du Bois {3}")
    @CsvSource({
            "70, 170, 1.82, 1.81",   // 1.8182, 1.8097
            "63, 170, 1.72, 1.73",   // 1.7248, 1.7305
            "100, 180, 2.24, 2.20",  // sqrt(5) = 2.2361, 2.1950
    })
    void bodySurfaceAreaMatchesMostellerAndDuBois(String kg, String cm, String mosteller, String duBois) {
        JsonNode result = calls.ok("body_surface_area", "{\"weight_kg\": " + kg + ", \"height_cm\": " + cm + "}");

        assertThat(decimal(result, "mosteller")).isEqualByComparingTo(mosteller);
        assertThat(decimal(result, "du_bois")).isEqualByComparingTo(duBois);
        assertThat(result.get("unit").asText()).isEqualTo("m²");
        assertThat(result.get("reference").asText()).contains("Mosteller RD").contains("Du Bois D, Du Bois EF");
    }

    @ParameterizedTest(name = "{0} cm, {1} -> {2} kg")
    @CsvSource({
            "152.4, male, 50.0",    // the formula's base: 5 ft exactly
            "152.4, female, 45.5",
            "175, male, 70.5",      // 70.4646
            "160, female, 52.4",    // 52.3819
            "190, female, 79.5",    // 79.5472
    })
    void idealBodyWeightMatchesDevine(String cm, String sex, String expected) {
        JsonNode result = calls.ok("ideal_body_weight", "{\"height_cm\": " + cm + ", \"sex\": \"" + sex + "\"}");

        assertThat(decimal(result, "ideal_body_weight")).isEqualByComparingTo(expected);
        assertThat(result.get("reference").asText()).contains("Devine BJ");
    }

    @Test
    void refusesAHeightBelowFiveFeetForDevine() {
        assertThat(calls.error("ideal_body_weight", "{\"height_cm\": 150, \"sex\": \"male\"}"))
                .contains("height_cm").contains("152.4");
    }
}
