package dev.praxis.healthcare;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.tool.SideEffect;
import dev.praxis.tool.Tool;
import dev.praxis.tool.ToolBox;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The pack's public contract: its tool names, read-only calculators, bounded numeric inputs, cited results. */
class HealthcarePackTest {

    /** One valid call per tool, to check the fields every result must carry. */
    private static final Map<String, String> ONE_CALL_EACH = Map.ofEntries(
            Map.entry("egfr_ckd_epi_2021", "{\"creatinine_mg_dl\": 1.0, \"age\": 50, \"sex\": \"female\"}"),
            Map.entry("creatinine_clearance", "{\"creatinine_mg_dl\": 1.0, \"age\": 50, \"weight_kg\": 70, "
                    + "\"height_cm\": 170, \"sex\": \"male\"}"),
            Map.entry("bmi", "{\"weight_kg\": 70, \"height_cm\": 175}"),
            Map.entry("body_surface_area", "{\"weight_kg\": 70, \"height_cm\": 175}"),
            Map.entry("ideal_body_weight", "{\"height_cm\": 175, \"sex\": \"male\"}"),
            Map.entry("qtc", "{\"qt_ms\": 400, \"heart_rate_bpm\": 75}"),
            Map.entry("mean_arterial_pressure", "{\"systolic_mmhg\": 120, \"diastolic_mmhg\": 80}"),
            Map.entry("cha2ds2_vasc", "{\"age\": 70, \"sex\": \"male\", \"congestive_heart_failure\": false, "
                    + "\"hypertension\": true, \"diabetes\": false, \"stroke_tia_thromboembolism\": false, "
                    + "\"vascular_disease\": false}"),
            Map.entry("has_bled", "{\"age\": 70, \"uncontrolled_hypertension\": false, \"abnormal_renal_function\": "
                    + "false, \"abnormal_liver_function\": false, \"stroke\": false, \"bleeding\": false, "
                    + "\"labile_inr\": false, \"drugs\": false, \"alcohol\": false}"),
            Map.entry("anion_gap", "{\"sodium_mmol_l\": 140, \"chloride_mmol_l\": 104, \"bicarbonate_mmol_l\": 24}"),
            Map.entry("corrected_calcium", "{\"calcium_mg_dl\": 8.0, \"albumin_g_dl\": 2.5}"),
            Map.entry("convert_lab_unit", "{\"analyte\": \"GLUCOSE\", \"value\": 100, \"from_unit\": \"MG_DL\"}"),
            Map.entry("weight_based_dose", "{\"weight_kg\": 20, \"dose_mg_per_kg\": 15, \"doses_per_day\": 4}"),
            Map.entry("pediatric_dose_check", "{\"weight_kg\": 12, \"dose_mg\": 180, \"doses_per_day\": 4, "
                    + "\"max_mg_per_kg_per_dose\": 15}"));

    @Test
    void registersEveryToolOfThePublicContractWithOneCall() {
        List<Tool> tools = HealthcarePack.tools();

        assertThat(tools).extracting(Tool::name).containsExactlyInAnyOrderElementsOf(HealthcarePack.TOOL_NAMES);
        assertThat(ToolBox.of(tools).tools()).hasSize(14);
    }

    @Test
    void everyCalculatorIsReadOnlyAndBoundsEveryNumericInput() {
        for (Tool tool : HealthcarePack.tools()) {
            assertThat(tool.spec().sideEffect()).as(tool.name()).isEqualTo(SideEffect.READ_ONLY);
            JsonNode properties = tool.spec().jsonSchema().get("properties");
            for (Map.Entry<String, JsonNode> p : properties.properties()) {
                String type = p.getValue().path("type").asText();
                if (type.equals("number") || type.equals("integer")) {
                    assertThat(p.getValue().has("minimum") && p.getValue().has("maximum"))
                            .as("%s.%s has min and max: %s", tool.name(), p.getKey(), p.getValue()).isTrue();
                }
            }
        }
    }

    @Test
    void everyResultNamesItsFormulaAndReferenceAndCarriesTheDisclaimer() {
        ToolCalls calls = new ToolCalls();
        assertThat(ONE_CALL_EACH.keySet()).containsExactlyInAnyOrderElementsOf(HealthcarePack.TOOL_NAMES);
        ONE_CALL_EACH.forEach((tool, json) -> {
            JsonNode result = calls.ok(tool, json);
            assertThat(result.get("disclaimer").asText()).as(tool).isEqualTo(HealthcarePack.DISCLAIMER);
            JsonNode cited = tool.equals("qtc") ? result.get("corrections").get(0) : result;
            assertThat(cited.get("formula").asText()).as(tool).isNotBlank();
            assertThat(cited.get("reference").asText()).as(tool).isNotBlank();
        });
    }

    @Test
    void disclaimerRulesOutDiagnosisAndPrescription() {
        assertThat(HealthcarePack.DISCLAIMER).contains("Not a diagnosis or a prescription");
        assertThat(HealthcarePack.description()).contains("no diagnosis, no prescribing");
    }
}
