package dev.praxis.examples.spring;

import java.util.Objects;

/**
 * The body of {@code POST /approvals/{id}}.
 *
 * @param session the conversation the approval belongs to
 * @param approve true to approve, false to deny
 * @param reason who decided and why, kept with the decision
 */
record DecisionRequest(String session, boolean approve, String reason) {

    DecisionRequest {
        Objects.requireNonNull(session, "session");
        reason = reason == null || reason.isBlank() ? (approve ? "approved" : "denied") : reason;
    }
}
