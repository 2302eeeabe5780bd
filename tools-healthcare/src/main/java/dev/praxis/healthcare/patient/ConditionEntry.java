package dev.praxis.healthcare.patient;

/**
 * A problem-list entry (FHIR {@code Condition}).
 *
 * @param code the SNOMED CT (or other) code
 * @param name what the condition is, as recorded
 * @param clinicalStatus active, resolved... as FHIR codes it
 * @param onset when it began, as recorded (ISO date), or empty
 */
public record ConditionEntry(String code, String name, String clinicalStatus, String onset) {
}
