package dev.praxis.healthcare.patient;

import java.time.Instant;

/**
 * An appointment made by {@code book_appointment} (FHIR {@code Appointment}, status booked).
 *
 * @param appointmentId the appointment's logical id
 * @param slotId the slot it takes
 * @param patientId the patient's logical id
 * @param service the service
 * @param start when it starts
 * @param end when it ends
 */
public record BookedAppointment(String appointmentId, String slotId, String patientId, String service,
                                Instant start, Instant end) {
}
