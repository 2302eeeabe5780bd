package dev.praxis.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.json.PraxisJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The healthcare pack and the {@code clinic} agent in the CLI. */
class HealthcareCliTest {

    @TempDir
    Path dataDir;

    @Test
    void toolsCallPrintsTheEgfrWithItsUnitAndReference() {
        // The exact call. CKD-EPI 2021 (Inker et al., NEJM 2021;385:1737-49), female, 50 y, Scr 1.0 mg/dL:
        // 142 × (1.0/0.7)^-1.200 × 0.9938^50 × 1.012 = 68.63, reported as 69 (computed from the published equation).
        CliRun run = CliRun.run(dataDir, "tools", "call", "egfr_ckd_epi_2021",
                "{\"creatinine_mg_dl\": 1.0, \"age\": 50, \"sex\": \"female\"}");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode result = PraxisJson.parse(run.out());
        assertThat(result.get("egfr").decimalValue()).isEqualByComparingTo("69");
        assertThat(result.get("unit").asText()).isEqualTo("mL/min/1.73 m²");
        assertThat(result.get("reference").asText()).contains("Inker LA").contains("N Engl J Med 2021;385:1737-1749");
        assertThat(result.get("disclaimer").asText()).contains("Not a diagnosis or a prescription");
    }

    @Test
    void toolsListGroupsTheHealthcarePackUnderClinic() {
        CliRun run = CliRun.run(dataDir, "tools", "list");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("clinic (23 tools)").contains("egfr_ckd_epi_2021 [read-only]")
                .contains("pediatric_dose_check [read-only]").contains("list_medications [read-only]")
                .contains("book_appointment [irreversible]");
    }

    @Test
    void clinicAnswersACalculatorQuestionOfflineWithTheDisclaimer() {
        CliRun run = CliRun.run(dataDir, "ask", "--agent", "clinic",
                "eGFR for creatinine 1.0 mg/dL, age 50, female");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("egfr_ckd_epi_2021");
        assertThat(run.out()).contains("69").contains("mL/min/1.73 m²").contains("Not a diagnosis or a prescription");
    }

    @Test
    void patientToolsOutsideABoundSessionAreRefused() {
        CliRun run = CliRun.run(dataDir, "tools", "call", "list_medications", "{}");

        assertThat(run.exitCode()).isNotEqualTo(ExitCodes.OK);
        assertThat(run.out() + run.err()).contains("no patient is bound to this session");
    }

    @Test
    void clinicReadsTheBoundPatientsMedicationsOfflineWithoutTheirName() {
        CliRun run = CliRun.run(dataDir, "ask", "--agent", "clinic", "--patient", "p-001", "--json",
                "what medications is the patient on");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("list_medications").contains("metformin").doesNotContain("Testina")
                .doesNotContain("SYN-100001");
    }

    @Test
    void chatBindsItsSessionToThePatientToo() {
        CliRun run = CliRun.run(dataDir, "what medications is the patient on\n/exit\n", java.util.Map.of(), "chat",
                "--agent", "clinic", "--patient", "p-001");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("metformin").doesNotContain("Testina").doesNotContain("SYN-100001");
        assertThat(run.out() + run.err()).doesNotContain("no patient is bound to this session");
    }

    @Test
    void agentsListsClinic() {
        assertThat(CliRun.run(dataDir, "agents").out()).contains("clinic");
    }
}
