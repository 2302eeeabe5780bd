package dev.praxis.approval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.tool.SideEffect;

import java.util.Objects;

/**
 * One side-effecting tool call waiting for a decision: a summary a person can judge, who asks and where, and
 * exactly what would run, with which arguments.
 *
 * @param agent      the agent that wants to make the call
 * @param sessionId  the conversation it belongs to
 * @param userId     the person the agent acts for
 * @param toolName   the tool
 * @param sideEffect {@link SideEffect#REVERSIBLE} or {@link SideEffect#IRREVERSIBLE}
 * @param summary    what the call does, written by the tool from the previewed action (or, for tools that write
 *                   none, built from the tool name and arguments)
 * @param arguments  the validated arguments, as the tool will receive them
 */
public record ApprovalRequest(String agent, String sessionId, String userId, String toolName, SideEffect sideEffect,
                              ApprovalSummary summary, JsonNode arguments) {

    /**
     * Checks that every component is present.
     *
     * @param agent the agent that wants to make the call
     * @param sessionId the conversation it belongs to
     * @param userId the person the agent acts for
     * @param toolName the tool
     * @param sideEffect {@link SideEffect#REVERSIBLE} or {@link SideEffect#IRREVERSIBLE}
     * @param summary what the call does, written by the tool from the previewed action (or, for tools that write
     * @param arguments the validated arguments, as the tool will receive them
     */
    public ApprovalRequest {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(toolName, "toolName");
        Objects.requireNonNull(sideEffect, "sideEffect");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(arguments, "arguments");
    }

    /**
     * A request whose summary is built from the tool name and arguments, for the session's own user.
     *
     * @param agent the agent's name
     * @param sessionId the session, also used as the user id
     * @param toolName the tool
     * @param sideEffect what the call can change
     * @param arguments the call's arguments
     */
    public ApprovalRequest(String agent, String sessionId, String toolName, SideEffect sideEffect, JsonNode arguments) {
        this(agent, sessionId, sessionId, toolName, sideEffect, fallback(toolName, sideEffect), arguments);
    }

    /**
     * The summary used when a tool writes none: its name and whether it can be undone.
     *
     * @param toolName the tool
     * @param sideEffect what the call can change
     * @return the summary
     */
    public static ApprovalSummary fallback(String toolName, SideEffect sideEffect) {
        return ApprovalSummary.of(toolName + (sideEffect == SideEffect.IRREVERSIBLE ? " (cannot be undone)"
                : " (can be undone)"));
    }

    /**
     * For a person: the summary first, then the exact call, e.g.
     * {@code Place order: 259.97 USD ... / place_order {"approval_token":"..."} (IRREVERSIBLE)}.
     *
     * @return the description
     */
    public String describe() {
        return summary.text() + "\n  exact call: " + toolName + " " + arguments + " (" + sideEffect + ")";
    }
}
