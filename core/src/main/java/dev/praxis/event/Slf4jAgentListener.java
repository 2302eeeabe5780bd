package dev.praxis.event;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs runs through SLF4J: run start and end, tool calls and approvals at INFO, model calls at DEBUG, tokens
 * never. User messages, arguments and errors pass through {@link Redaction} first, so API keys, bearer tokens
 * and password-like fields never reach the log.
 */
public final class Slf4jAgentListener implements AgentListener {

    private static final Logger LOG = LoggerFactory.getLogger("dev.praxis.agent");

    @Override
    public void onEvent(AgentEvent event) {
        if (event instanceof AgentEvent.RunStarted e) {
            LOG.info("[{}] run {} started, session {}: {}", e.agent(), e.runId(), e.sessionId(), clip(e.message()));
        } else if (event instanceof AgentEvent.RunFinished e) {
            LOG.info("[{}] run {} finished: {} in {} ms", e.agent(), e.runId(), e.stopReason(), e.durationMs());
        } else if (event instanceof AgentEvent.ModelRequested e) {
            LOG.debug("[{}] model call {}: {} messages, {} tools", e.agent(), e.callIndex(), e.messages(), e.tools());
        } else if (event instanceof AgentEvent.ModelResponded e) {
            if (e.error() != null) {
                LOG.warn("[{}] model call {} failed after {} ms: {}", e.agent(), e.callIndex(), e.durationMs(),
                        Redaction.redact(e.error()));
            } else {
                LOG.debug("[{}] model call {}: {} in / {} out tokens, {} tool calls, {} ms", e.agent(), e.callIndex(),
                        e.inputTokens(), e.outputTokens(), e.toolCalls(), e.durationMs());
            }
        } else if (event instanceof AgentEvent.ToolStarted e) {
            LOG.info("[{}] tool {} {}", e.agent(), e.tool(), clip(String.valueOf(e.arguments())));
        } else if (event instanceof AgentEvent.ToolFinished e) {
            LOG.info("[{}] tool {} -> {} in {} ms{}", e.agent(), e.tool(), e.result().outcome().json(), e.durationMs(),
                    e.result().isOk() ? "" : ": " + clip(e.result().error()));
        } else if (event instanceof AgentEvent.ApprovalAsked e) {
            LOG.info("[{}] approval asked: {}", e.agent(), clip(e.request().describe()));
        } else if (event instanceof AgentEvent.ApprovalAnswered e) {
            LOG.info("[{}] approval {}: {} ({})", e.agent(), e.decision().approved() ? "granted" : "denied",
                    e.request().toolName(), clip(e.decision().reason()));
        }
    }

    private static String clip(String text) {
        String safe = Redaction.redact(text);
        return safe == null || safe.length() <= 300 ? safe : safe.substring(0, 300) + "...";
    }
}
