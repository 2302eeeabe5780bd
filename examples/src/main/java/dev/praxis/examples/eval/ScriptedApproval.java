package dev.praxis.examples.eval;

import dev.praxis.approval.ApprovalDecision;
import dev.praxis.approval.ApprovalHandler;
import dev.praxis.approval.ApprovalRequest;
import dev.praxis.tool.SideEffect;

import java.util.Map;

/**
 * The simulated user's approvals: the current turn's decision per tool; for a tool the turn does not name,
 * reversible calls are approved and irreversible ones denied, as {@code --approve never} does. The runner sets the
 * turn before each run; one instance serves one scenario at a time.
 */
final class ScriptedApproval implements ApprovalHandler {

    private volatile Map<String, Approval> decisions = Map.of();

    /** Uses {@code turn}'s decisions from now on. */
    void use(Map<String, Approval> turnDecisions) {
        this.decisions = Map.copyOf(turnDecisions);
    }

    @Override
    public ApprovalDecision decide(ApprovalRequest request) {
        Approval decision = decisions.get(request.toolName());
        if (decision == Approval.APPROVE) {
            return ApprovalDecision.approve("the user approved (scenario)");
        }
        if (decision == Approval.DENY) {
            return ApprovalDecision.deny("the user said no");
        }
        return request.sideEffect() == SideEffect.IRREVERSIBLE
                ? ApprovalDecision.deny("the user was not asked to approve this (scenario)")
                : ApprovalDecision.approve("reversible action allowed by default");
    }
}
