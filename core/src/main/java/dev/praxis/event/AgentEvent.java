package dev.praxis.event;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.approval.ApprovalDecision;
import dev.praxis.approval.ApprovalRequest;
import dev.praxis.tool.ToolResult;

/**
 * Something that happened during a run. Every event names its run and agent; switch over the sealed subtypes.
 */
public sealed interface AgentEvent {

    /**
     * The id of the run the event belongs to.
     *
     * @return the run id
     */
    String runId();

    /**
     * The name of the agent that runs it.
     *
     * @return the agent's name
     */
    String agent();

    /** A run began for {@code sessionId} with the user's message. */
    record RunStarted(String runId, String agent, String sessionId, String message) implements AgentEvent {
    }

    /** A run ended; {@code stopReason} is the name of the {@code StopReason}. */
    record RunFinished(String runId, String agent, String stopReason, long durationMs) implements AgentEvent {
    }

    /** A request is about to go to the model. */
    record ModelRequested(String runId, String agent, int callIndex, int messages, int tools) implements AgentEvent {
    }

    /** The model answered (or failed, with {@code error} set). */
    record ModelResponded(String runId, String agent, int callIndex, int inputTokens, int outputTokens,
                          int toolCalls, long durationMs, String error) implements AgentEvent {
    }

    /** Answer text arrived while streaming. */
    record TokenReceived(String runId, String agent, String text) implements AgentEvent {
    }

    /** A tool call passed validation (and approval, if needed) and starts. */
    record ToolStarted(String runId, String agent, String callId, String tool, JsonNode arguments) implements AgentEvent {
    }

    /** A tool call ended, ran or not. */
    record ToolFinished(String runId, String agent, String callId, String tool, ToolResult result,
                        long durationMs) implements AgentEvent {
    }

    /** The approval handler is being asked. */
    record ApprovalAsked(String runId, String agent, ApprovalRequest request) implements AgentEvent {
    }

    /** The approval handler answered. */
    record ApprovalAnswered(String runId, String agent, ApprovalRequest request, ApprovalDecision decision)
            implements AgentEvent {
    }
}
