package dev.praxis.approval;

import java.util.Objects;

/**
 * The answer to an {@link ApprovalRequest}. A denial's reason is returned to the model and recorded.
 */
public record ApprovalDecision(boolean approved, String reason) {

    public ApprovalDecision {
        Objects.requireNonNull(reason, "reason");
    }

    public static ApprovalDecision approve(String reason) {
        return new ApprovalDecision(true, reason);
    }

    public static ApprovalDecision deny(String reason) {
        return new ApprovalDecision(false, reason);
    }
}
