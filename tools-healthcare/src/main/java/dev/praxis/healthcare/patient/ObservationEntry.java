package dev.praxis.healthcare.patient;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One measured value (FHIR {@code Observation}; each component of a panel, such as the systolic and diastolic
 * pressure of a blood pressure panel, is its own entry with its own LOINC code).
 *
 * @param loinc the LOINC code, e.g. {@code 2160-0} for serum creatinine
 * @param name the LOINC display name
 * @param value the value
 * @param unit the unit as recorded (UCUM), e.g. {@code mg/dL}
 * @param effective when it was measured
 */
public record ObservationEntry(String loinc, String name, BigDecimal value, String unit, Instant effective) {
}
