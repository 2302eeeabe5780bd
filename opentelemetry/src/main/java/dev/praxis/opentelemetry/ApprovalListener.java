package dev.praxis.opentelemetry;

import dev.praxis.approval.ApprovalDecision;
import dev.praxis.event.AgentEvent;
import dev.praxis.event.AgentListener;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;

/**
 * Approval decisions, which no interceptor sees (the approval gate is the innermost link of the tool chain):
 * counted by tool and decision, and added as an event to the tool call's span, which is current on the thread
 * the gate asks on.
 */
final class ApprovalListener implements AgentListener {

    private final Telemetry telemetry;

    ApprovalListener(Telemetry telemetry) {
        this.telemetry = telemetry;
    }

    @Override
    public void onEvent(AgentEvent event) {
        if (event instanceof AgentEvent.ApprovalAnswered answered) {
            String decision = decision(answered.decision());
            Attributes attributes = Attributes.of(GenAi.TOOL_NAME, answered.request().toolName(), GenAi.DECISION,
                    decision);
            telemetry.instruments().approvals.add(1, attributes);
            Span.current().addEvent("praxis.approval", attributes);
        }
    }

    static String decision(ApprovalDecision decision) {
        if (decision.deferred()) {
            return "deferred";
        }
        return decision.approved() ? "approved" : "denied";
    }
}
