package dev.praxis.healthcare.patient;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.healthcare.HealthcarePack;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The read-only patient tools over the synthetic bundle, as a model calls them. */
class PatientToolsTest {

    private final Clinic clinic = new Clinic(false);

    @Test
    void summaryGivesAgeAndSexButNoIdentifyingDetails() {
        clinic.bindings.bind("s1", "dr-a", "p-001");

        JsonNode summary = clinic.ok("patient_summary", "{}", "s1", "dr-a");

        assertThat(summary.get("age").asInt()).isEqualTo(68);
        assertThat(summary.get("sex").asText()).isEqualTo("female");
        assertThat(summary.get("active_conditions").toString()).contains("Diabetes mellitus type 2");
        assertThat(summary.get("allergies").toString()).contains("penicillin G");
        assertThat(summary.get("disclaimer").asText()).isEqualTo(HealthcarePack.DISCLAIMER);
        assertThat(summary.toString()).doesNotContain("Testina").doesNotContain("SYN-100001")
                .doesNotContain("1958-03-14").doesNotContain("Nowhere");
    }

    @Test
    void summaryShowsNameAndIdentifiersOnlyWithDisclosureOn() {
        Clinic disclosing = new Clinic(true);
        disclosing.bindings.bind("s1", "dr-a", "p-001");

        JsonNode summary = disclosing.ok("patient_summary", "{}", "s1", "dr-a");

        assertThat(summary.get("name").asText()).isEqualTo("Testina Examplova");
        assertThat(summary.get("identifiers").toString()).contains("SYN-100001");
    }

    @Test
    void latestObservationsTakesTheNewestValueByLoincCodeOrName() {
        clinic.bindings.bind("s1", "dr-a", "p-001");

        JsonNode byCode = clinic.ok("latest_observations", "{\"code_or_name\":\"2160-0\"}", "s1", "dr-a");
        JsonNode byName = clinic.ok("latest_observations", "{\"code_or_name\":\"systolic\"}", "s1", "dr-a");

        assertThat(byCode.get("entries")).singleElement().satisfies(o -> {
            assertThat(o.get("value").decimalValue()).isEqualByComparingTo("1.3");
            assertThat(o.get("unit").asText()).isEqualTo("mg/dL");
        });
        assertThat(byName.get("entries")).singleElement()
                .satisfies(o -> assertThat(o.get("loinc").asText()).isEqualTo("8480-6"));
    }

    @Test
    void anUnknownObservationIsAnErrorListingTheRecordedCodes() {
        clinic.bindings.bind("s1", "dr-a", "p-001");

        String error = clinic.call("latest_observations", "{\"code_or_name\":\"troponin\"}", "s1", "dr-a").error();

        assertThat(error).contains("no observation matches 'troponin'").contains("4548-4");
    }

    @Test
    void slotsAreFreeOnesInTheWindowEarliestFirst() {
        JsonNode slots = clinic.ok("find_appointment_slots", "{\"days\":14}", "s1", "dr-a");

        assertThat(slots.findValuesAsText("id")).containsExactly("s-201", "s-202", "s-101", "s-103");
        assertThat(clinic.ok("find_appointment_slots", "{\"service\":\"Nephrology\"}", "s1", "dr-a")
                .findValuesAsText("id")).containsExactly("s-101", "s-103");
    }

    @Test
    void referralLetterIsADraftFromTheRecordWithPlaceholdersForIdentity() {
        clinic.bindings.bind("s1", "dr-a", "p-001");

        JsonNode draft = clinic.ok("draft_referral_letter", "{\"to_service\":\"nephrology\","
                + "\"reason\":\"creatinine rising\"}", "s1", "dr-a");

        assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
        String text = draft.get("text").asText();
        assertThat(text).startsWith("DRAFT - for clinician review").contains("68-year-old female")
                .contains("metformin (500 mg by mouth twice daily)").contains("penicillin G - hives")
                .contains("Creatinine [Mass/volume] in Serum or Plasma 1.3 mg/dL (2026-11-20)")
                .contains("[patient name, date of birth and identifier: complete from the chart]")
                .doesNotContain("Testina");
    }
}
