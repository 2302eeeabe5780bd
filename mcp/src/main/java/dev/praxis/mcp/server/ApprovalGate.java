package dev.praxis.mcp.server;

import dev.praxis.approval.ApprovalDecision;
import dev.praxis.approval.ApprovalRequest;
import dev.praxis.tool.SideEffect;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.ClientCapabilities;
import io.modelcontextprotocol.spec.McpSchema.ElicitFormRequest;
import io.modelcontextprotocol.spec.McpSchema.ElicitResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Decides a side-effecting call that arrived over MCP, as its {@link ApprovalMode} says. */
final class ApprovalGate {

    private static final Logger LOG = LoggerFactory.getLogger(ApprovalGate.class);

    // A one-field form: the elicitation spec allows only flat primitive properties.
    private static final Map<String, Object> APPROVE_FORM = Map.of("type", "object",
            "properties", Map.of("approve", Map.of("type", "boolean", "title", "Approve this action",
                    "description", "Check to run it; it cannot be undone.")),
            "required", List.of("approve"));

    private final ApprovalMode mode;

    ApprovalGate(ApprovalMode mode) {
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    ApprovalDecision decide(McpSyncServerExchange exchange, ApprovalRequest request) {
        if (request.sideEffect() != SideEffect.IRREVERSIBLE) {
            return ApprovalDecision.approve("reversible action allowed by default");
        }
        return switch (mode) {
            case DENY -> ApprovalDecision.deny("irreversible action needs approval and this MCP server does not"
                    + " approve irreversible actions (approval mode: deny)");
            case ALLOW -> ApprovalDecision.approve("approved by the MCP server's approval mode: allow");
            case ELICIT -> elicit(exchange, request);
        };
    }

    private static ApprovalDecision elicit(McpSyncServerExchange exchange, ApprovalRequest request) {
        ClientCapabilities capabilities = exchange.getClientCapabilities();
        if (capabilities == null || capabilities.elicitation() == null) {
            return ApprovalDecision.deny("irreversible action needs approval and the MCP client cannot be asked"
                    + " (it declared no elicitation capability)");
        }
        try {
            ElicitResult answer = exchange.createElicitation(
                    new ElicitFormRequest("Approve this action?\n" + request.describe(), APPROVE_FORM, null));
            boolean approved = answer.action() == ElicitResult.Action.ACCEPT && answer.content() != null
                    && Boolean.TRUE.equals(answer.content().get("approve"));
            return approved ? ApprovalDecision.approve("approved by the MCP client's user")
                    : ApprovalDecision.deny("the MCP client's user did not approve ("
                    + answer.action().name().toLowerCase(java.util.Locale.ROOT) + ")");
        } catch (RuntimeException e) {
            // A client that fails or times out has approved nothing.
            LOG.warn("elicitation for {} failed: {}", request.toolName(), e.toString());
            return ApprovalDecision.deny("the MCP client could not be asked for approval: " + e.getMessage());
        }
    }
}
