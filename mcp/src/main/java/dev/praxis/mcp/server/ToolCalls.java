package dev.praxis.mcp.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.praxis.approval.ApprovalDecision;
import dev.praxis.approval.ApprovalRequest;
import dev.praxis.approval.ApprovalSummary;
import dev.praxis.json.PraxisJson;
import dev.praxis.tool.SideEffect;
import dev.praxis.tool.ToolBox;
import dev.praxis.tool.ToolContext;
import dev.praxis.tool.ToolResult;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs an MCP {@code tools/call} the way an agent runs a model's call: the same {@link ToolBox} checks (unknown
 * tool, schema, unknown keys, sizes), then the approval gate for side-effecting tools, then the tool. Every
 * outcome is a tool result; a refused or failed call has {@code isError} and Praxis's own message.
 */
final class ToolCalls {

    static final String AGENT_LABEL = "mcp";

    private final ToolBox box;
    private final ApprovalGate gate;
    private final ObjectMapper json;
    private final AgentStepProgress steps;
    private final Set<String> agentTools;
    private final AtomicLong calls = new AtomicLong();

    ToolCalls(ToolBox box, ApprovalGate gate, ObjectMapper json, AgentStepProgress steps, Set<String> agentTools) {
        this.box = box;
        this.gate = gate;
        this.json = json;
        this.steps = steps;
        this.agentTools = Set.copyOf(agentTools);
    }

    CallToolResult call(McpSyncServerExchange exchange, CallToolRequest request) {
        // The arguments go back to text so that ToolBox reads them exactly as it reads a model's call.
        ToolBox.Checked checked = box.check(request.name(), argumentsText(request.arguments()));
        if (checked instanceof ToolBox.Invalid invalid) {
            return result(invalid.result());
        }
        ToolBox.Valid call = (ToolBox.Valid) checked;
        ProgressReport progress = ProgressReport.of(exchange, request.progressToken());
        progress.step("started " + call.tool().name());
        CallToolResult result;
        if (progress.wanted() && agentTools.contains(call.tool().name())) {
            // The agent's run reports its tool steps to this call through the listener the agent was built with.
            Runnable unregister = steps.register(sessionOf(exchange), progress);
            try {
                result = run(exchange, call);
            } finally {
                unregister.run();
            }
        } else {
            result = run(exchange, call);
        }
        progress.step("finished " + call.tool().name()
                + (Boolean.TRUE.equals(result.isError()) ? " with an error" : ""));
        return result;
    }

    private CallToolResult run(McpSyncServerExchange exchange, ToolBox.Valid call) {
        String session = sessionOf(exchange);
        ToolContext context = new ToolContext(session, "mcp_call_" + calls.incrementAndGet());
        SideEffect sideEffect = call.tool().spec().sideEffect();
        if (sideEffect != SideEffect.READ_ONLY) {
            ApprovalDecision decision = gate.decide(exchange, new ApprovalRequest(AGENT_LABEL, session, session,
                    call.tool().name(), sideEffect, summary(call, context), call.arguments()));
            if (!decision.approved()) {
                return result(ToolResult.denied(decision.reason() + "; nothing was done"));
            }
        }
        return result(ToolBox.execute(call, context));
    }

    /**
     * Approval tokens and carts are bound to the session, so one MCP session is one Praxis session: a token
     * issued by {@code prepare_checkout} in it is redeemed by {@code place_order} in it, and nowhere else.
     */
    static String sessionOf(McpSyncServerExchange exchange) {
        String id = exchange.sessionId();
        return "mcp-" + (id == null || id.isBlank() ? "default" : id.replaceAll("[^A-Za-z0-9_-]", "_"));
    }

    private static ApprovalSummary summary(ToolBox.Valid call, ToolContext context) {
        try {
            return call.tool().approvalSummary(call.arguments(), context)
                    .orElse(ApprovalRequest.fallback(call.tool().name(), call.tool().spec().sideEffect()));
        } catch (Exception e) {
            return ApprovalRequest.fallback(call.tool().name(), call.tool().spec().sideEffect());
        }
    }

    private String argumentsText(Map<String, Object> arguments) {
        try {
            return json.writeValueAsString(arguments == null ? Map.of() : arguments);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("arguments read from JSON could not be written back", e);
        }
    }

    /**
     * The result as data: the JSON text a model would read in-process, and for an object result the same object
     * as structured content.
     */
    static CallToolResult result(ToolResult result) {
        CallToolResult.Builder builder = CallToolResult.builder().addTextContent(result.toModelText())
                .isError(!result.isOk());
        if (result.isOk() && result.result().isObject()) {
            builder.structuredContent(PraxisJson.mapper().convertValue(result.result(), Map.class));
        }
        return builder.build();
    }
}
