package dev.praxis.examples.spring;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.agent.RunRecord;

import java.util.Optional;

/**
 * The reply of a turn: the answer, why the run stopped, and the approval it waits for, if any.
 *
 * @param answer what the agent said
 * @param stopReason e.g. {@code COMPLETED}, {@code AWAITING_APPROVAL}
 * @param pendingApproval the action waiting for a person
 */
record ChatReply(String answer, String stopReason, Optional<Pending> pendingApproval) {

    static ChatReply of(RunRecord record) {
        return new ChatReply(record.answer(), record.stopReason().name(), record.pendingApproval()
                .map(p -> new Pending(p.id(), p.toolName(), p.arguments())));
    }

    /**
     * An action waiting for approval.
     *
     * @param id what {@code POST /approvals/{id}} takes
     * @param tool the tool the agent wants to call
     * @param arguments its arguments, exactly as they will run
     */
    record Pending(String id, String tool, JsonNode arguments) {
    }
}
