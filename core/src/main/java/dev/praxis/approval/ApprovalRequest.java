package dev.praxis.approval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.tool.SideEffect;

import java.util.Objects;

/**
 * One side-effecting tool call waiting for a decision: exactly what would run, with which arguments.
 *
 * @param agent      the agent that wants to make the call
 * @param sessionId  the conversation it belongs to
 * @param toolName   the tool
 * @param sideEffect {@link SideEffect#REVERSIBLE} or {@link SideEffect#IRREVERSIBLE}
 * @param arguments  the validated arguments, as the tool will receive them
 */
public record ApprovalRequest(String agent, String sessionId, String toolName, SideEffect sideEffect, JsonNode arguments) {

    public ApprovalRequest {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(toolName, "toolName");
        Objects.requireNonNull(sideEffect, "sideEffect");
        Objects.requireNonNull(arguments, "arguments");
    }

    /** A one-line description for a person: {@code place_order {"cart_id":"c1",...} (IRREVERSIBLE)}. */
    public String describe() {
        return toolName + " " + arguments + " (" + sideEffect + ")";
    }
}
