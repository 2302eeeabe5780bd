package dev.praxis.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.praxis.approval.ApprovalDecision;
import dev.praxis.approval.ApprovalHandler;
import dev.praxis.approval.ApprovalRequest;
import dev.praxis.event.AgentEvent;
import dev.praxis.event.Redaction;
import dev.praxis.json.PraxisJson;
import dev.praxis.tool.SideEffect;
import dev.praxis.tool.ToolBox;
import dev.praxis.tool.ToolContext;
import dev.praxis.tool.ToolResult;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the tool calls of one model response: validate, ask approval for side effects, execute (read-only calls
 * in parallel, side-effecting ones one by one in the model's order), record. Every call gets a result message,
 * in the model's order, so the conversation never holds a tool call without its result.
 */
final class ToolStep {

    private final Agent agent;
    private final RunContext context;
    private final String sessionId;
    private final String userId;
    private final ExecutorService executor;
    private boolean limitReached;

    ToolStep(Agent agent, RunContext context, RunRequest request, ExecutorService executor) {
        this.agent = agent;
        this.context = context;
        this.sessionId = request.sessionId();
        this.userId = request.userId();
        this.executor = executor;
    }

    boolean limitReached() {
        return limitReached;
    }

    List<ToolExecutionResultMessage> run(List<ToolExecutionRequest> requests) throws InterruptedException {
        int n = requests.size();
        ToolResult[] results = new ToolResult[n];
        JsonNode[] arguments = new JsonNode[n];
        long[] started = new long[n];
        List<Future<ToolResult>> running = new ArrayList<>(java.util.Collections.nCopies(n, null));
        ToolBox.Valid[] approvalNeeded = new ToolBox.Valid[n];
        ToolBox.Valid[] readOnly = new ToolBox.Valid[n];
        int readOnlyCount = 0;
        for (int i = 0; i < n; i++) {
            ToolExecutionRequest request = requests.get(i);
            started[i] = System.nanoTime();
            arguments[i] = argumentsNode(request.arguments());
            if (!context.takeToolCall()) {
                limitReached = true;
                results[i] = ToolResult.error("not run: this run reached its limit of "
                        + context.limits.maxToolCalls() + " tool calls");
                continue;
            }
            ToolBox.Checked checked = check(request, arguments[i]);
            if (checked instanceof ToolBox.Invalid invalid) {
                results[i] = invalid.result();
            } else if (((ToolBox.Valid) checked).tool().spec().sideEffect() == SideEffect.READ_ONLY) {
                readOnly[i] = (ToolBox.Valid) checked;
                readOnlyCount++;
            } else {
                approvalNeeded[i] = (ToolBox.Valid) checked;
            }
        }
        for (int i = 0; i < n; i++) {
            if (readOnly[i] != null && readOnlyCount > 1) {
                running.set(i, submit(requests.get(i), readOnly[i]));
            } else if (readOnly[i] != null) {
                results[i] = runHere(requests.get(i), readOnly[i]);
            }
        }
        for (int i = 0; i < n; i++) {
            if (running.get(i) != null) {
                results[i] = await(running.get(i), requests.get(i).name());
            }
        }
        for (int i = 0; i < n; i++) {
            if (approvalNeeded[i] != null) {
                results[i] = approveAndRun(requests.get(i), approvalNeeded[i]);
            }
        }
        List<ToolExecutionResultMessage> messages = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ToolExecutionRequest request = requests.get(i);
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started[i]);
            context.record(ToolCallRecord.of(request.id(), agent.name(), request.name(),
                    Redaction.redact(arguments[i], agent.secrets()), redacted(results[i]), ms));
            if (context.listening()) {
                context.emit(new AgentEvent.ToolFinished(context.runId, agent.name(), request.id(), request.name(),
                        results[i], ms));
            }
            messages.add(ToolExecutionResultMessage.builder().id(request.id()).toolName(request.name())
                    .text(clip(results[i].toModelText())).isError(!results[i].isOk()).build());
        }
        return messages;
    }

    private ToolResult approveAndRun(ToolExecutionRequest request, ToolBox.Valid call) throws InterruptedException {
        ApprovalRequest approval = new ApprovalRequest(agent.name(), sessionId, call.tool().name(),
                call.tool().spec().sideEffect(), call.arguments());
        context.emit(new AgentEvent.ApprovalAsked(context.runId, agent.name(), approval));
        ApprovalDecision decision;
        try {
            decision = agent.approval().decide(approval);
        } catch (RuntimeException e) {
            decision = ApprovalDecision.deny("approval handler failed: " + e.getMessage());
        }
        if (decision == null) {
            decision = ApprovalDecision.deny("approval handler gave no decision");
        }
        context.emit(new AgentEvent.ApprovalAnswered(context.runId, agent.name(), approval, decision));
        if (!decision.approved()) {
            return ToolResult.denied("denied: " + decision.reason() + ". The action was NOT performed.");
        }
        return runHere(request, call);
    }

    /**
     * Runs one call on this thread, interrupted by the deadline watchdog at the tool timeout (or the run's end):
     * a lone call gains nothing from a pool, and the hand-off costs more than most tools.
     */
    private ToolResult runHere(ToolExecutionRequest request, ToolBox.Valid call) throws InterruptedException {
        if (context.listening()) {
            context.emit(new AgentEvent.ToolStarted(context.runId, agent.name(), request.id(), call.tool().name(),
                    call.arguments()));
        }
        long wait = Math.min(context.limits.toolTimeout().toNanos(), Math.max(0, context.remainingNanos()));
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        Deadlines.Watch watch = Deadlines.watch(System.nanoTime() + wait);
        ToolResult result;
        ToolContext toolContext = new ToolContext(sessionId, userId, request.id());
        try {
            result = call.tool() instanceof AgentTool delegate
                    ? delegate.delegate(call.arguments(), toolContext, context)
                    : ToolBox.execute(call, toolContext);
        } catch (RuntimeException e) {
            result = ToolResult.error(call.tool().name() + " failed: " + e);
        }
        if (watch.close()) {
            return ToolResult.error(call.tool().name() + " timed out after " + TimeUnit.NANOSECONDS.toMillis(wait) + " ms");
        }
        return result;
    }

    private Future<ToolResult> submit(ToolExecutionRequest request, ToolBox.Valid call) {
        if (context.listening()) {
            context.emit(new AgentEvent.ToolStarted(context.runId, agent.name(), request.id(), call.tool().name(),
                    call.arguments()));
        }
        ToolContext toolContext = new ToolContext(sessionId, userId, request.id());
        if (call.tool() instanceof AgentTool delegate) {
            return executor.submit(() -> delegate.delegate(call.arguments(), toolContext, context));
        }
        return executor.submit(() -> ToolBox.execute(call, toolContext));
    }

    private ToolResult await(Future<ToolResult> future, String tool) throws InterruptedException {
        long wait = Math.min(context.limits.toolTimeout().toNanos(), Math.max(0, context.remainingNanos()));
        try {
            return future.get(wait, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return ToolResult.error(tool + " timed out after " + TimeUnit.NANOSECONDS.toMillis(wait) + " ms");
        } catch (java.util.concurrent.ExecutionException e) {
            return ToolResult.error(tool + " failed: " + e.getCause());
        }
    }

    /** Keeps an oversized result from flooding the context: the start of it, marked as cut, as JSON. */
    private String clip(String text) {
        int max = context.limits.maxToolResultChars();
        if (text.length() <= max) {
            return text;
        }
        com.fasterxml.jackson.databind.node.ObjectNode cut = PraxisJson.mapper().createObjectNode();
        cut.put("truncated_result", text.substring(0, max));
        cut.put("note", "result cut from " + text.length() + " to " + max
                + " characters; ask for less (a filter, a smaller page) if you need the rest");
        return cut.toString();
    }

    /** The result as recorded: error messages can quote the arguments, so they are redacted like them. */
    private ToolResult redacted(ToolResult result) {
        if (result.error() == null) {
            return result;
        }
        return new ToolResult(result.outcome(), result.result(), Redaction.redact(result.error(), agent.secrets()));
    }

    /** Checks a call, reusing the arguments already parsed for the record when they were JSON. */
    private ToolBox.Checked check(ToolExecutionRequest request, JsonNode parsed) {
        java.util.Optional<dev.praxis.tool.Tool> tool = agent.tools().find(request.name());
        if (tool.isPresent() && !(parsed instanceof TextNode)) {
            return agent.tools().check(tool.get(), parsed);
        }
        return agent.tools().check(request.name(), request.arguments());
    }

    private static JsonNode argumentsNode(String arguments) {
        if (arguments == null || arguments.isBlank()) {
            return PraxisJson.mapper().createObjectNode();
        }
        try {
            return PraxisJson.parse(arguments);
        } catch (IllegalArgumentException e) {
            return TextNode.valueOf(arguments);
        }
    }
}
