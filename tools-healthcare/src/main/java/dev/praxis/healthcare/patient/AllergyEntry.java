package dev.praxis.healthcare.patient;

import java.util.List;

/**
 * A recorded allergy or intolerance (FHIR {@code AllergyIntolerance}).
 *
 * @param code the substance's code (RxNorm for drugs)
 * @param substance the substance as recorded
 * @param criticality low, high or unable-to-assess, or empty
 * @param reactions the recorded manifestations
 */
public record AllergyEntry(String code, String substance, String criticality, List<String> reactions) {

    /**
     * Copies the reactions.
     *
     * @param code the substance's code
     * @param substance the substance
     * @param criticality the criticality
     * @param reactions the manifestations
     */
    public AllergyEntry {
        reactions = List.copyOf(reactions);
    }
}
