package dev.praxis.healthcare.patient;

import java.util.List;
import java.util.Optional;

/**
 * The bound patient at a glance, as {@code patient_summary} returns it. Names, birth date and identifiers are
 * present only when PHI disclosure is switched on; otherwise the patient is its logical id, age and sex.
 *
 * @param patientId the logical id
 * @param age age in whole years, when the birth date is recorded
 * @param sex the administrative gender
 * @param name the full name, only with PHI disclosure on
 * @param birthDate the birth date (ISO), only with PHI disclosure on
 * @param identifiers the identifiers, empty unless PHI disclosure is on
 * @param activeConditions the active problem list
 * @param medications the active medications, by name
 * @param allergies the recorded allergy substances
 * @param latestObservations the latest value of each observed code
 * @param disclaimer the fixed disclaimer
 */
public record PatientSummary(String patientId, Optional<Integer> age, String sex, Optional<String> name,
                             Optional<String> birthDate, List<String> identifiers, List<String> activeConditions,
                             List<String> medications, List<String> allergies,
                             List<ObservationEntry> latestObservations, String disclaimer) {

    /**
     * Copies the lists.
     *
     * @param patientId the logical id
     * @param age age in years
     * @param sex the administrative gender
     * @param name the full name, when disclosed
     * @param birthDate the birth date, when disclosed
     * @param identifiers the identifiers, when disclosed
     * @param activeConditions the active conditions
     * @param medications the medications
     * @param allergies the allergies
     * @param latestObservations the latest observations
     * @param disclaimer the disclaimer
     */
    public PatientSummary {
        identifiers = List.copyOf(identifiers);
        activeConditions = List.copyOf(activeConditions);
        medications = List.copyOf(medications);
        allergies = List.copyOf(allergies);
        latestObservations = List.copyOf(latestObservations);
    }
}
