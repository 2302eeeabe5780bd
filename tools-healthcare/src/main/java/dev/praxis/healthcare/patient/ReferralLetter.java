package dev.praxis.healthcare.patient;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a referral letter draft from the record alone: what is recorded, nothing inferred. Without PHI
 * disclosure the patient's identifying details are placeholders for the clinician to complete from the chart.
 */
final class ReferralLetter {

    private ReferralLetter() {
    }

    static String write(PatientRecord patient, PatientRecords records, String toService, String reason,
                        List<ObservationEntry> latest, LocalDate today, boolean disclosePhi) {
        String who = disclosePhi
                ? patient.fullName() + ", born " + patient.birthDate().map(LocalDate::toString).orElse("(not recorded)")
                        + ", identifiers " + String.join(", ", patient.identifiers())
                : "[patient name, date of birth and identifier: complete from the chart] (record " + patient.id() + ")";
        String age = patient.ageOn(today).map(a -> a + "-year-old").orElse("age not recorded,");
        return String.join("\n",
                "DRAFT - for clinician review; not sent, not signed.",
                "Date: " + today,
                "To: " + toService,
                "Re: " + who,
                "",
                "Dear colleague,",
                "",
                "I would be grateful if you could see this " + age + " " + patient.sex() + " patient.",
                "Reason for referral (as given by the referring clinician): " + reason,
                "",
                "Active problems (as recorded): " + list(records.conditions(patient.id()).stream()
                        .map(ConditionEntry::name).toList()),
                "Current medications (as recorded): " + list(records.medications(patient.id()).stream()
                        .map(m -> m.name() + (m.dosage().isEmpty() ? "" : " (" + m.dosage() + ")")).toList()),
                "Allergies (as recorded): " + list(records.allergies(patient.id()).stream()
                        .map(a -> a.substance() + (a.reactions().isEmpty() ? "" : " - " + String.join(", ",
                                a.reactions()))).toList()),
                "Latest results: " + list(latest.stream().map(o -> o.name() + " " + o.value().toPlainString() + " "
                        + o.unit() + " (" + o.effective().toString().substring(0, 10) + ")").toList()),
                "",
                "Yours sincerely,",
                "[referring clinician: name, role, signature]");
    }

    private static String list(List<String> items) {
        return items.isEmpty() ? "none recorded" : items.stream().collect(Collectors.joining("; "));
    }
}
