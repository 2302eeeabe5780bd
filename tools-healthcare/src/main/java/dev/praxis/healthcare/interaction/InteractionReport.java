package dev.praxis.healthcare.interaction;

import java.util.List;

/**
 * What {@code check_interactions} found, and what it could not check.
 *
 * @param patientId the patient's logical id
 * @param drugsChecked the drugs checked: the patient's medications and the ones given, by name
 * @param hits the interactions and allergy conflicts the table lists
 * @param notInTable drugs the table does not know, which were not checked at all
 * @param coverage what the table covers and where it comes from
 * @param caution that the absence of a hit is not evidence of safety
 * @param disclaimer the fixed disclaimer
 */
public record InteractionReport(String patientId, List<String> drugsChecked, List<Interaction> hits,
                                List<String> notInTable, String coverage, String caution, String disclaimer) {

    /**
     * Copies the lists.
     *
     * @param patientId the patient's logical id
     * @param drugsChecked the drugs checked
     * @param hits the hits
     * @param notInTable the drugs not in the table
     * @param coverage what the table covers
     * @param caution that no hit is not safety
     * @param disclaimer the disclaimer
     */
    public InteractionReport {
        drugsChecked = List.copyOf(drugsChecked);
        hits = List.copyOf(hits);
        notInTable = List.copyOf(notInTable);
    }
}
