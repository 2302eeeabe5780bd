package dev.praxis.healthcare.safety;

import java.time.Instant;
import java.util.Objects;

/**
 * One read of a patient's record, or one refused attempt: who, when, which record, why.
 *
 * @param at when
 * @param userId who: the user the run is for ({@code ToolContext.userId()})
 * @param sessionId the session the read happened in
 * @param patientId which record: the patient's logical id (never a name)
 * @param purpose why: the tool that read it, e.g. {@code list_medications}
 * @param granted whether the read was allowed
 * @param reason why it was refused; empty when granted
 */
public record AccessEntry(Instant at, String userId, String sessionId, String patientId, String purpose,
                          boolean granted, String reason) {

    /**
     * Checks that nothing is missing.
     *
     * @param at when
     * @param userId who
     * @param sessionId the session
     * @param patientId which record
     * @param purpose why
     * @param granted whether allowed
     * @param reason why refused, or empty
     */
    public AccessEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(reason, "reason");
    }
}
