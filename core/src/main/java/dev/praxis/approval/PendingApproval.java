package dev.praxis.approval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.tool.SideEffect;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A side-effecting call waiting for a person's decision, kept with the session so that any process can decide
 * it later by {@link #id()}. Nothing of the call has run. Once decided (or expired) it keeps its status, so a
 * second decision is refused with what happened to the first.
 *
 * @param id        the approval id, unique, e.g. {@code ap_5f2c...}
 * @param request   what was asked: summary, tool, exact arguments, user and session
 * @param callId    the model's call id in the run that asked
 * @param createdAt when the run asked
 * @param expiresAt after this the approval can no longer be granted
 * @param status    where it stands
 * @param decidedAt when it was decided or found expired
 * @param reason    the decision's reason
 */
public record PendingApproval(String id, ApprovalRequest request, String callId, Instant createdAt,
                              Instant expiresAt, Status status, Optional<Instant> decidedAt, Optional<String> reason) {

    /** Where a pending approval stands. */
    public enum Status {
        /** Waiting for a person. */
        PENDING,
        /** Approved; the call ran. */
        APPROVED,
        /** Denied; the model was told. */
        DENIED,
        /** Not decided in time. */
        EXPIRED
    }

    /**
     * Checks that every component is present.
     *
     * @param id the approval id, unique, e.g. {@code ap_5f2c...}
     * @param request what was asked: summary, tool, exact arguments, user and session
     * @param callId the model's call id in the run that asked
     * @param createdAt when the run asked
     * @param expiresAt after this the approval can no longer be granted
     * @param status where it stands
     * @param decidedAt when it was decided or found expired
     * @param reason the decision's reason
     */
    public PendingApproval {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * The tool of the call.
     *
     * @return the tool's name
     */
    public String toolName() {
        return request.toolName();
    }

    /**
     * The exact arguments that will run if approved.
     *
     * @return the arguments
     */
    public JsonNode arguments() {
        return request.arguments();
    }

    /**
     * Whether the call has side effects that cannot be undone.
     *
     * @return true when irreversible
     */
    public boolean irreversible() {
        return request.sideEffect() == SideEffect.IRREVERSIBLE;
    }

    /**
     * This approval with a final status.
     *
     * @param outcome the final status
     * @param at when it was decided
     * @param why the reason given
     * @return the new approval
     */
    public PendingApproval decided(Status outcome, Instant at, String why) {
        return new PendingApproval(id, request, callId, createdAt, expiresAt, outcome, Optional.of(at),
                Optional.of(why));
    }
}
