package dev.praxis.event;

import dev.praxis.internal.text.Redaction;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs runs through SLF4J. At INFO only what identifies and measures a run, never what a person wrote: run start
 * (agent, run id, session id, message length) and end (stop reason, duration), tool calls (tool name and argument
 * names, not values), tool outcomes, approvals asked and answered (tool name, granted or denied). Messages,
 * argument values, tool errors and approval descriptions may hold personal data, so they appear only at DEBUG,
 * and even there pass through {@link Redaction} first (API keys, bearer tokens and password-like fields masked)
 * and are clipped to 300 characters. Model calls are at DEBUG; tokens never.
 */
public final class Slf4jAgentListener implements AgentListener {

    private static final Logger LOG = LoggerFactory.getLogger("dev.praxis.agent");

    @Override
    public void onEvent(AgentEvent event) {
        if (event instanceof AgentEvent.RunStarted e) {
            LOG.info("[{}] run {} started, session {}, message of {} characters", e.agent(), e.runId(), e.sessionId(),
                    e.message() == null ? 0 : e.message().length());
            LOG.debug("[{}] run {} message: {}", e.agent(), e.runId(), clipped(e.message()));
        } else if (event instanceof AgentEvent.RunFinished e) {
            LOG.info("[{}] run {} finished: {} in {} ms", e.agent(), e.runId(), e.stopReason(), e.durationMs());
        } else if (event instanceof AgentEvent.ModelRequested e) {
            LOG.debug("[{}] model call {}: {} messages, {} tools", e.agent(), e.callIndex(), e.messages(), e.tools());
        } else if (event instanceof AgentEvent.ModelResponded e) {
            if (e.error() != null) {
                LOG.warn("[{}] model call {} failed after {} ms", e.agent(), e.callIndex(), e.durationMs());
                LOG.debug("[{}] model call {} error: {}", e.agent(), e.callIndex(), clipped(e.error()));
            } else {
                LOG.debug("[{}] model call {}: {} in / {} out tokens, {} tool calls, {} ms", e.agent(), e.callIndex(),
                        e.inputTokens(), e.outputTokens(), e.toolCalls(), e.durationMs());
            }
        } else if (event instanceof AgentEvent.ToolStarted e) {
            LOG.info("[{}] tool {} called with {}", e.agent(), e.tool(), argumentNames(e.arguments()));
            LOG.debug("[{}] tool {} arguments: {}", e.agent(), e.tool(), clipped(String.valueOf(e.arguments())));
        } else if (event instanceof AgentEvent.ToolFinished e) {
            LOG.info("[{}] tool {} -> {} in {} ms", e.agent(), e.tool(), e.result().outcome().json(), e.durationMs());
            if (!e.result().isOk()) {
                LOG.debug("[{}] tool {} error: {}", e.agent(), e.tool(), clipped(e.result().error()));
            }
        } else if (event instanceof AgentEvent.ApprovalAsked e) {
            LOG.info("[{}] approval asked for {}", e.agent(), e.request().toolName());
            LOG.debug("[{}] approval asked: {}", e.agent(), clipped(e.request().describe()));
        } else if (event instanceof AgentEvent.ApprovalAnswered e) {
            LOG.info("[{}] approval {}: {}", e.agent(), e.decision().approved() ? "granted" : "denied",
                    e.request().toolName());
            LOG.debug("[{}] approval reason: {}", e.agent(), clipped(e.decision().reason()));
        }
    }

    /** The argument names, in order ({@code [principal, annual_rate]}); never their values. */
    private static String argumentNames(JsonNode arguments) {
        if (arguments == null || !arguments.isObject()) {
            return "[]";
        }
        java.util.List<String> names = new java.util.ArrayList<>();
        arguments.fieldNames().forEachRemaining(names::add);
        return names.toString();
    }

    /** Redacted and clipped; empty unless DEBUG is on, so INFO logging never pays for it. */
    private static String clipped(String text) {
        if (!LOG.isDebugEnabled()) {
            return "";
        }
        String safe = Redaction.redact(text);
        return safe == null || safe.length() <= 300 ? safe : safe.substring(0, 300) + "...";
    }
}
