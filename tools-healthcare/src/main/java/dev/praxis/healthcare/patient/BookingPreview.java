package dev.praxis.healthcare.patient;

import java.time.Instant;

/**
 * What {@code prepare_appointment} returns: the exact booking, and the approval token that
 * {@code book_appointment} needs for it. Nothing is booked yet.
 *
 * @param patientId the patient's logical id
 * @param slot the slot to book
 * @param reason the reason given
 * @param approvalToken pass to book_appointment with the same slot and reason; single use
 * @param expiresAt when the token expires
 * @param nextStep what to do next
 */
public record BookingPreview(String patientId, SlotEntry slot, String reason, String approvalToken,
                             Instant expiresAt, String nextStep) {
}
