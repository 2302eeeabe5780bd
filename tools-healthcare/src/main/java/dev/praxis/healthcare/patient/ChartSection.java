package dev.praxis.healthcare.patient;

import java.util.List;

/**
 * One section of the bound patient's chart, as a tool returns it.
 *
 * @param <T> the entry type
 * @param patientId the patient's logical id
 * @param section what the entries are, e.g. medications
 * @param entries the entries, possibly none
 * @param note what the list does and does not show
 * @param disclaimer the fixed disclaimer
 */
public record ChartSection<T>(String patientId, String section, List<T> entries, String note, String disclaimer) {

    /**
     * Copies the entries.
     *
     * @param patientId the patient's logical id
     * @param section what the entries are
     * @param entries the entries
     * @param note what the list does and does not show
     * @param disclaimer the fixed disclaimer
     */
    public ChartSection {
        entries = List.copyOf(entries);
    }
}
