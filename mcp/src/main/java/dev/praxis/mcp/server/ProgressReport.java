package dev.praxis.mcp.server;

import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.ProgressNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of one {@code tools/call}, sent as {@code notifications/progress} when the client asked for it with a
 * {@code progressToken} (MCP spec, basic/utilities/progress), and not at all otherwise. Each step's progress is one
 * more than the last, as the spec wants it to increase; no total is given, since an agent's steps are not known
 * in advance.
 */
final class ProgressReport {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressReport.class);

    private final McpSyncServerExchange exchange;
    private final Object token;
    private int steps;

    private ProgressReport(McpSyncServerExchange exchange, Object token) {
        this.exchange = exchange;
        this.token = token;
    }

    /** A report for a call whose request carried {@code token}, or one that sends nothing when it is null. */
    static ProgressReport of(McpSyncServerExchange exchange, Object token) {
        return new ProgressReport(exchange, token);
    }

    /** Whether the client asked for progress (sent a token). */
    boolean wanted() {
        return token != null;
    }

    /** Sends the next step with {@code message}, if the client asked for progress. */
    synchronized void step(String message) {
        if (token == null) {
            return;
        }
        try {
            exchange.progressNotification(ProgressNotification.builder(token, steps++).message(message).build());
        } catch (RuntimeException e) {
            // Progress is advice to the client: a failed notification must not fail the call.
            LOG.debug("progress notification failed: {}", e.toString());
        }
    }
}
