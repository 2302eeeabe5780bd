package dev.praxis.healthcare.patient;

/**
 * A referral letter drafted from the record, for a clinician to review, complete and sign; never sent.
 *
 * @param status always {@code DRAFT}
 * @param patientId the patient's logical id
 * @param toService the service the referral is addressed to
 * @param text the letter
 * @param disclaimer the fixed disclaimer
 */
public record ReferralDraft(String status, String patientId, String toService, String text, String disclaimer) {
}
