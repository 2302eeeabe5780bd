package dev.praxis.approval;

import dev.praxis.tool.SideEffect;

/**
 * Decides whether a side-effecting tool call may run. The agent asks before every {@code REVERSIBLE} or
 * {@code IRREVERSIBLE} call; read-only calls never reach the handler. Implementations may block (to ask a
 * person) and must be thread-safe: one agent serves many sessions.
 *
 * <pre>{@code
 * ApprovalHandler console = request -> askOnTerminal(request.describe())
 *         ? ApprovalDecision.approve("approved at the terminal")
 *         : ApprovalDecision.deny("the user said no");
 * }</pre>
 */
@FunctionalInterface
public interface ApprovalHandler {

    /**
     * Decides one side-effecting call.
     *
     * @param request the call, its summary and who asks
     * @return approve, deny or defer
     */
    ApprovalDecision decide(ApprovalRequest request);

    /**
     * The default: reversible calls run, irreversible ones are denied, since nobody approved them.
     *
     * @return the handler
     */
    static ApprovalHandler denyIrreversible() {
        return request -> request.sideEffect() == SideEffect.IRREVERSIBLE
                ? ApprovalDecision.deny("irreversible action needs approval and no approver is configured")
                : ApprovalDecision.approve("reversible action allowed by default");
    }

    /**
     * Approves every call: for tests and trusted batch jobs only.
     *
     * @return the handler
     */
    static ApprovalHandler approveAll() {
        return request -> ApprovalDecision.approve("approved by policy: approve all");
    }

    /**
     * Defers every irreversible call to a person who decides later (see {@code Agent.decide}); reversible calls
     * run. For web front ends and ticket queues, where nobody waits at a terminal.
     *
     * @return the handler
     */
    static ApprovalHandler deferIrreversible() {
        return request -> request.sideEffect() == SideEffect.IRREVERSIBLE
                ? ApprovalDecision.defer("waiting for a person to approve")
                : ApprovalDecision.approve("reversible action allowed by default");
    }

    /**
     * Denies every side-effecting call: a read-only agent.
     *
     * @return the handler
     */
    static ApprovalHandler denyAll() {
        return request -> ApprovalDecision.deny("side-effecting actions are disabled");
    }
}
