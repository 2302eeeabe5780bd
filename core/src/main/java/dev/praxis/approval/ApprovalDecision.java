package dev.praxis.approval;

import java.util.Objects;

/**
 * The answer to an {@link ApprovalRequest}: approve, deny, or decide later. A denial's reason is returned to the
 * model and recorded. A deferred decision ends the run {@code AWAITING_APPROVAL} with the request kept as a
 * pending approval, to be approved or denied by its id later, from any process (a web page, a ticket queue).
 *
 * @param approved whether the call may run now
 * @param reason   why, for the record and the model
 * @param deferred whether a person will decide later (then {@code approved} is false)
 */
public record ApprovalDecision(boolean approved, String reason, boolean deferred) {

    /**
     * Checks that a decision is not both approved and deferred.
     *
     * @param approved whether the call may run now
     * @param reason why, for the record and the model
     * @param deferred whether a person will decide later (then {@code approved} is false)
     */
    public ApprovalDecision {
        Objects.requireNonNull(reason, "reason");
        if (approved && deferred) {
            throw new IllegalArgumentException("a decision is either approved now or deferred");
        }
    }

    /**
     * A decision taken now.
     *
     * @param approved whether the call may run
     * @param reason why, for the record
     */
    public ApprovalDecision(boolean approved, String reason) {
        this(approved, reason, false);
    }

    /**
     * Approves the call now.
     *
     * @param reason why, for the record
     * @return the decision
     */
    public static ApprovalDecision approve(String reason) {
        return new ApprovalDecision(true, reason, false);
    }

    /**
     * Denies the call now.
     *
     * @param reason why, for the record and the model
     * @return the decision
     */
    public static ApprovalDecision deny(String reason) {
        return new ApprovalDecision(false, reason, false);
    }

    /**
     * A person decides later: the run stops awaiting approval and resumes when the decision comes.
     *
     * @param reason why, for the record
     * @return the decision
     */
    public static ApprovalDecision defer(String reason) {
        return new ApprovalDecision(false, reason, true);
    }
}
