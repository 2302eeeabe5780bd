package dev.praxis.healthcare.interaction;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.healthcare.patient.Clinic;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** check_interactions over the synthetic patients: what the table lists, what it does not know, and its bounds. */
class InteractionCheckTest {

    private final Clinic clinic = new Clinic(false);

    @Test
    void findsNitrateWithPde5InhibitorInTheRecordedMedications() {
        clinic.bindings.bind("s2", "dr-a", "p-002");

        JsonNode report = clinic.ok("check_interactions", "{}", "s2", "dr-a");

        assertThat(report.get("hits")).singleElement().satisfies(hit -> {
            assertThat(hit.get("kind").asText()).isEqualTo("drug-drug");
            assertThat(hit.get("first").asText() + "+" + hit.get("second").asText())
                    .isIn("nitroglycerin+sildenafil", "sildenafil+nitroglycerin");
            assertThat(hit.get("risk").asText()).contains("hypotension");
            assertThat(hit.get("source").asText()).contains("Phansalkar").contains("2012;19(5):735-743");
        });
        assertThat(report.get("not_in_table").toString()).contains("warfarin");
    }

    @Test
    void checksAProposedDrugAgainstTheRecordAndTheAllergies() {
        clinic.bindings.bind("s3", "dr-a", "p-003");

        JsonNode tizanidine = clinic.ok("check_interactions", "{\"drugs\":[\"Ciprofloxacin 500 mg\"]}", "s3", "dr-a");

        assertThat(tizanidine.get("hits").toString()).contains("tizanidine").contains("ciprofloxacin");

        clinic.bindings.bind("s1", "dr-a", "p-001");
        JsonNode penicillin = clinic.ok("check_interactions", "{\"drugs\":[\"amoxicillin\"]}", "s1", "dr-a");

        assertThat(penicillin.get("hits")).singleElement().satisfies(hit -> {
            assertThat(hit.get("kind").asText()).isEqualTo("drug-allergy");
            assertThat(hit.get("first").asText()).isEqualTo("amoxicillin");
            assertThat(hit.get("second").asText()).isEqualTo("penicillin G");
            assertThat(hit.get("risk").asText()).contains("penicillins").contains("criticality high");
        });
    }

    @Test
    void noHitSaysWhatTheTableCoversAndThatItIsNotSafety() {
        clinic.bindings.bind("s1", "dr-a", "p-001");

        JsonNode report = clinic.ok("check_interactions", "{\"drugs\":[\"paracetamol\"]}", "s1", "dr-a");

        assertThat(report.get("hits")).isEmpty();
        assertThat(report.get("not_in_table").toString()).contains("metformin").contains("paracetamol");
        assertThat(report.get("caution").asText()).contains("not evidence that the combination is safe");
        assertThat(report.get("coverage").asText()).contains("7 drug-class pairs").contains("does not cover");
    }

    @Test
    void refusesMoreThanTwentyDrugsRatherThanCheckingSome() {
        clinic.bindings.bind("s1", "dr-a", "p-001");
        String many = "[" + "\"aspirin\",".repeat(20) + "\"aspirin\"]";

        assertThat(clinic.call("check_interactions", "{\"drugs\":" + many + "}", "s1", "dr-a").error())
                .isNotNull();
    }
}
