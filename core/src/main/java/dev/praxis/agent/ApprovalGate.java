package dev.praxis.agent;

import dev.praxis.approval.ApprovalDecision;
import dev.praxis.approval.ApprovalHandler;
import dev.praxis.approval.ApprovalRequest;
import dev.praxis.approval.ApprovalSummary;
import dev.praxis.approval.PendingApproval;
import dev.praxis.tool.Tool;
import dev.praxis.tool.ToolBox;
import dev.praxis.tool.ToolContext;
import dev.praxis.event.AgentEvent;
import dev.praxis.tool.SideEffect;
import dev.praxis.tool.ToolResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/**
 * The innermost tool interceptor: a side-effecting call runs only when the agent's {@link ApprovalHandler}
 * approves exactly the arguments that will run. A handler that fails or gives no decision denies, and the
 * failure is logged with its cause.
 */
final class ApprovalGate implements Interceptor {

    private static final Logger LOG = LoggerFactory.getLogger(ApprovalGate.class);

    private final String agent;
    private final ApprovalHandler handler;
    private final ToolBox tools;
    private final PendingApprovals pending;
    private final java.time.Clock clock;
    private final java.time.Duration ttl;

    ApprovalGate(String agent, ApprovalHandler handler, ToolBox tools, PendingApprovals pending, java.time.Clock clock,
                 java.time.Duration ttl) {
        this.agent = agent;
        this.handler = handler;
        this.tools = tools;
        this.pending = pending;
        this.clock = clock;
        this.ttl = ttl;
    }

    @Override
    public ToolResult interceptTool(ToolChain chain) throws InterruptedException {
        ToolCall call = chain.call();
        if (call.sideEffect() == SideEffect.READ_ONLY) {
            return chain.proceed(call);
        }
        RunContext context = (RunContext) chain.run();
        ApprovalRequest approval = new ApprovalRequest(agent, context.sessionId(), context.userId(), call.name(),
                call.sideEffect(), summary(context, call), call.arguments());
        context.emit(new AgentEvent.ApprovalAsked(context.runId, agent, approval));
        Optional<RunContext.Predecided> earlier = context.predecided(call.id());
        ApprovalDecision decision = earlier.isEmpty() ? decide(approval)
                : earlier.get().arguments().equals(call.arguments()) ? earlier.get().decision()
                : ApprovalDecision.deny("the arguments differ from those the person approved");
        context.emit(new AgentEvent.ApprovalAnswered(context.runId, agent, approval, decision));
        if (decision.deferred()) {
            java.time.Instant now = clock.instant();
            PendingApproval waiting = new PendingApproval("ap_" + java.util.UUID.randomUUID().toString()
                    .replace("-", ""), approval, call.id(), now, now.plus(ttl), PendingApproval.Status.PENDING,
                    Optional.empty(), Optional.empty());
            pending.save(context.sessionId(), waiting);
            context.pending(waiting);
            throw new StopRunException(StopReason.AWAITING_APPROVAL, call.name() + " waits for approval "
                    + waiting.id() + " (" + decision.reason() + ")");
        }
        if (!decision.approved()) {
            return ToolResult.denied("denied: " + decision.reason() + ". The action was NOT performed.");
        }
        return chain.proceed(call);
    }

    /**
     * The tool's own summary of the action; when it writes none or fails (logged), the fallback names the tool
     * and whether it can be undone, and the approver still sees the exact arguments.
     */
    private ApprovalSummary summary(RunContext context, ToolCall call) {
        Optional<Tool> tool = tools.find(call.name());
        if (tool.isPresent()) {
            try {
                Optional<ApprovalSummary> written = tool.get().approvalSummary(call.arguments(),
                        new ToolContext(context.sessionId(), context.userId(), call.id()));
                if (written.isPresent()) {
                    return written.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                LOG.warn("[{}] the approval summary of {} failed; showing its arguments", agent, call.name(), e);
                ApprovalSummary fallback = ApprovalRequest.fallback(call.name(), call.sideEffect());
                return new ApprovalSummary(fallback.title(), List.of("(the tool could not describe this action: "
                        + e.getMessage() + ")"), Optional.empty());
            }
        }
        return ApprovalRequest.fallback(call.name(), call.sideEffect());
    }

    private ApprovalDecision decide(ApprovalRequest approval) {
        ApprovalDecision decision;
        try {
            decision = handler.decide(approval);
        } catch (RuntimeException e) {
            LOG.error("[{}] approval handler {} failed on {}; the call is denied", agent, handler, approval.toolName(),
                    e);
            return ApprovalDecision.deny("the approval handler failed (" + Faults.describe(e) + ")");
        }
        if (decision == null) {
            LOG.error("[{}] approval handler {} returned no decision for {}; the call is denied", agent, handler,
                    approval.toolName());
            return ApprovalDecision.deny("the approval handler gave no decision");
        }
        return decision;
    }
}
