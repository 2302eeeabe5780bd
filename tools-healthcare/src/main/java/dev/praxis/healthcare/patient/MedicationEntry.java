package dev.praxis.healthcare.patient;

/**
 * A medication the patient takes (FHIR {@code MedicationStatement}).
 *
 * @param rxnorm the RxNorm concept id (RxCUI), or empty when coded otherwise
 * @param name the drug as recorded (an ingredient name in the synthetic bundle)
 * @param dosage the dosage instructions as text
 * @param status active, stopped... as FHIR codes it
 */
public record MedicationEntry(String rxnorm, String name, String dosage, String status) {
}
