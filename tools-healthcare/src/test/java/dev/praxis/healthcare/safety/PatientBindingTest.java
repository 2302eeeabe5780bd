package dev.praxis.healthcare.safety;

import dev.praxis.healthcare.patient.Clinic;
import dev.praxis.tool.ToolResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A patient's data is reachable only in a session bound to that patient and user; refusals are logged. */
class PatientBindingTest {

    private final Clinic clinic = new Clinic(false);

    @Test
    void refusesEveryPatientToolInAnUnboundSession() {
        for (String tool : new String[] {"patient_summary", "list_medications", "latest_observations",
                "list_allergies", "draft_referral_letter", "check_interactions", "prepare_appointment"}) {
            String args = switch (tool) {
                case "draft_referral_letter" -> "{\"to_service\":\"nephrology\",\"reason\":\"review\"}";
                case "prepare_appointment" -> "{\"slot_id\":\"s-101\",\"reason\":\"review\"}";
                default -> "{}";
            };
            ToolResult result = clinic.call(tool, args, "s1", "dr-a");
            assertThat(result.outcome()).as(tool).isEqualTo(ToolResult.Outcome.ERROR);
            assertThat(result.error()).as(tool).contains("no patient is bound to this session");
        }
        assertThat(clinic.log.entries()).hasSize(7).allSatisfy(e -> {
            assertThat(e.granted()).isFalse();
            assertThat(e.patientId()).isEqualTo("(none)");
        });
    }

    @Test
    void refusesAnotherPatientInABoundSessionAndLogsTheAttempt() {
        clinic.bindings.bind("s1", "dr-a", "p-001");

        ToolResult result = clinic.call("list_medications", "{\"patient_id\":\"p-002\"}", "s1", "dr-a");

        assertThat(result.error()).contains("bound to another patient").contains("logged");
        assertThat(result.error()).doesNotContain("warfarin");
        assertThat(clinic.log.entries()).singleElement().satisfies(e -> {
            assertThat(e.granted()).isFalse();
            assertThat(e.patientId()).isEqualTo("p-002");
            assertThat(e.userId()).isEqualTo("dr-a");
            assertThat(e.purpose()).isEqualTo("list_medications");
            assertThat(e.reason()).isEqualTo("this session is bound to another patient");
        });
    }

    @Test
    void refusesAnotherUserInTheBoundSession() {
        clinic.bindings.bind("s1", "dr-a", "p-001");

        ToolResult result = clinic.call("patient_summary", "{}", "s1", "dr-b");

        assertThat(result.error()).contains("bound for another user");
        assertThat(clinic.log.entries()).singleElement().satisfies(e -> assertThat(e.granted()).isFalse());
    }

    @Test
    void servesTheBoundPatientWithOrWithoutAnExplicitId() {
        clinic.bindings.bind("s1", "dr-a", "p-002");

        assertThat(clinic.ok("list_medications", "{}", "s1", "dr-a").get("patient_id").asText()).isEqualTo("p-002");
        assertThat(clinic.ok("list_medications", "{\"patient_id\":\"p-002\"}", "s1", "dr-a").get("entries")
                .findValuesAsText("name")).contains("warfarin", "sildenafil", "nitroglycerin");
    }

    @Test
    void aSessionIsBoundOnceAndOtherSessionsStayIndependent() {
        clinic.bindings.bind("s1", "dr-a", "p-001");
        clinic.bindings.bind("s1", "dr-a", "p-001");
        clinic.bindings.bind("s2", "dr-a", "p-002");

        assertThatThrownBy(() -> clinic.bindings.bind("s1", "dr-a", "p-002"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already bound");
        assertThatThrownBy(() -> clinic.bindings.bind("s1", "dr-b", "p-001"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(clinic.bindings.patientOf("s1")).contains("p-001");
        assertThat(clinic.bindings.patientOf("s2")).contains("p-002");
        assertThatThrownBy(() -> clinic.bindings.bind("s3", "dr-a", " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("patientId");
    }
}
