package dev.praxis.agent;

import dev.praxis.internal.json.SharedJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.praxis.event.AgentEvent;
import dev.praxis.internal.text.Redaction;
import dev.praxis.json.PraxisJson;
import dev.praxis.tool.SideEffect;
import dev.praxis.tool.ToolBox;
import dev.praxis.tool.ToolResult;
import dev.praxis.tool.UntrustedText;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the tool calls of one model reply, in the model's order: check each (tool budget, argument size, name,
 * schema), then run it through the interceptor chain (no-progress guard, approval for side effects, the user's
 * interceptors) to {@link ToolRunner}. Only a run of consecutive read-only calls runs in parallel; a
 * side-effecting call waits for everything before it, so a later call sees its effect. What the model reads of
 * a result passes {@link UntrustedText#clean}, so no tool (a user's included) can hand it a chat-template marker
 * or a call block. Every call gets a result
 * message, in the model's order, so the conversation never holds a tool call without its result, even when an
 * interceptor stops the run half-way.
 */
final class ToolStep {

    /** The result messages and, when the step ended the run, why. */
    record Outcome(List<ToolExecutionResultMessage> messages, StopReason stop, String error) {
    }

    /** Refused arguments larger than this are not parsed again just for the record. */
    private static final long RECORDED_INVALID_BYTES = 64 * 1024;

    private final Agent agent;
    private final RunContext context;
    private final Turn turn;
    private final ToolRunner runner;
    private boolean limitReached;
    private StopReason stop;
    private String stopError;

    ToolStep(Agent agent, RunContext context, Turn turn) {
        this.agent = agent;
        this.context = context;
        this.turn = turn;
        this.runner = new ToolRunner(agent, context, turn);
    }

    boolean limitReached() {
        return limitReached;
    }

    Outcome run(List<ToolExecutionRequest> requests) {
        int n = requests.size();
        ToolSlot[] slots = new ToolSlot[n];
        for (int i = 0; i < n; i++) {
            slots[i] = prepare(requests.get(i));
        }
        int i = 0;
        while (i < n && stop == null) {
            if (slots[i].result != null) {
                i++;
            } else if (slots[i].sideEffect() == SideEffect.READ_ONLY) {
                List<ToolSlot> batch = new ArrayList<>();
                while (i < n && (slots[i].result != null || slots[i].sideEffect() == SideEffect.READ_ONLY)) {
                    if (slots[i].result == null) {
                        batch.add(slots[i]);
                    }
                    i++;
                }
                if (batch.size() == 1) {
                    runHere(batch.get(0));
                } else {
                    runParallel(batch);
                }
            } else {
                runHere(slots[i]);
                i++;
            }
        }
        List<ToolExecutionResultMessage> messages = new ArrayList<>(n);
        for (ToolSlot slot : slots) {
            if (slot.result == null) {
                slot.result = ToolResult.error("not run: the request stopped before this call (" + stop + ")");
            }
            messages.add(record(slot));
        }
        return new Outcome(messages, stop, stopError);
    }

    /** Budget, size and schema checks; sets the slot's result when the call is refused. */
    private ToolSlot prepare(ToolExecutionRequest request) {
        ToolSlot slot = new ToolSlot(request);
        String raw = request.arguments();
        long bytes = raw == null ? 0 : utf8Length(raw);
        if (!context.takeToolCall()) {
            limitReached = true;
            slot.recordedArguments = TextNode.valueOf("(not recorded)");
            slot.result = ToolResult.error("not run: this run reached its limit of "
                    + context.limits.maxToolCalls() + " tool calls");
            return slot;
        }
        if (!context.takeArgumentBytes(bytes)) {
            slot.recordedArguments = TextNode.valueOf("(" + bytes + " bytes, not recorded)");
            slot.result = ToolResult.error("not run: the arguments of " + request.name() + " are " + bytes
                    + " bytes, more than this request accepts (" + context.limits.maxArgumentBytes()
                    + " bytes of arguments in all). Send less data, for example a shorter list.");
            return slot;
        }
        // Checked from the text: the parse stops at the first list element past the tool's limit, so an
        // oversized list is refused without being read whole.
        ToolBox.Checked checked = agent.tools().check(request.name(), raw);
        if (checked instanceof ToolBox.Invalid invalid) {
            slot.recordedArguments = bytes <= RECORDED_INVALID_BYTES
                    ? Redaction.redact(argumentsNode(raw), agent.secrets())
                    : TextNode.valueOf("(" + bytes + " bytes, not recorded)");
            slot.result = invalid.result();
        } else {
            ToolBox.Valid valid = (ToolBox.Valid) checked;
            slot.checkedArguments = valid.arguments();
            slot.recordedArguments = Redaction.redact(slot.checkedArguments, agent.secrets());
            slot.tool = valid.tool();
            slot.call = new ToolCall(request.id(), valid.tool().name(), valid.tool().spec().sideEffect(),
                    valid.arguments());
        }
        return slot;
    }

    /** One call through the chain on this thread; a side-effecting tool itself runs on the executor. */
    private void runHere(ToolSlot slot) {
        try {
            slot.result = Chains.tool(agent.interceptors(), context, turn, slot.call,
                    call -> runner.run(slot, call, false));
        } catch (InterruptedException e) {
            ended(slot, StopReason.CANCELLED, "interrupted");
        } catch (RuntimeException e) {
            ended(slot, e);
        }
    }

    /** Read-only calls in parallel, each with its own deadline counted from its submission. */
    private void runParallel(List<ToolSlot> batch) {
        List<Future<ToolResult>> futures = new ArrayList<>(batch.size());
        long[] deadlines = new long[batch.size()];
        for (int k = 0; k < batch.size(); k++) {
            ToolSlot slot = batch.get(k);
            slot.submittedNanos = System.nanoTime();
            deadlines[k] = runner.deadlineFrom(slot.submittedNanos);
            futures.add(agent.executor().submit(() -> Chains.tool(agent.interceptors(), context, turn, slot.call,
                    call -> runner.run(slot, call, true))));
        }
        for (int k = 0; k < batch.size(); k++) {
            ToolSlot slot = batch.get(k);
            Future<ToolResult> future = futures.get(k);
            try {
                slot.result = future.get(Math.max(0, deadlines[k] - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                future.cancel(true);
                slot.finished();
                slot.result = ToolResult.error(slot.call.name() + " timed out after "
                        + TimeUnit.NANOSECONDS.toMillis(deadlines[k] - slot.submittedNanos) + " ms");
            } catch (InterruptedException e) {
                futures.forEach(f -> f.cancel(true));
                ended(slot, StopReason.CANCELLED, "interrupted");
            } catch (ExecutionException e) {
                ended(slot, e.getCause() instanceof RuntimeException r ? r
                        : new Faults.InternalFault("tool chain of " + slot.call.name(), e.getCause()));
            }
        }
    }

    private void ended(ToolSlot slot, RuntimeException e) {
        if (e instanceof StopRunException stopRun) {
            ended(slot, stopRun.reason(), stopRun.getMessage());
        } else if (e instanceof Faults.InternalFault fault) {
            slot.result = fault.recorded;
            ended(slot, StopReason.INTERNAL_ERROR, fault.getMessage());
        } else {
            ToolRunner.LOG.error("[{}] an interceptor failed on {}", agent.name(), slot.call.name(), e);
            ended(slot, StopReason.INTERNAL_ERROR, "interceptor failed on " + slot.call.name() + ": "
                    + Faults.describe(e));
        }
    }

    /** Ends the step: the slot keeps what its tool returned, if it ran. */
    private void ended(ToolSlot slot, StopReason reason, String error) {
        if (slot.result == null) {
            slot.result = slot.ran != null ? slot.ran : ToolResult.error("not run: " + error);
        }
        if (stop == null) {
            stop = reason;
            stopError = error;
        }
    }

    private ToolExecutionResultMessage record(ToolSlot slot) {
        ToolExecutionRequest request = slot.request;
        long ms = slot.durationMillis();
        ToolResult result = redacted(slot.result);
        context.record(ToolCallRecord.of(request.id(), agent.name(), request.name(), slot.recordedArguments, result,
                ms));
        if (context.listening()) {
            context.emit(new AgentEvent.ToolFinished(context.runId, agent.name(), request.id(), request.name(),
                    slot.result, ms));
        }
        return ToolExecutionResultMessage.builder().id(request.id()).toolName(request.name())
                .text(clip(UntrustedText.clean(slot.result.toModelText()))).isError(!slot.result.isOk()).build();
    }

    /** Keeps an oversized result from flooding the context: the start of it, marked as cut, as JSON. */
    private String clip(String text) {
        int max = context.limits.maxToolResultChars();
        if (text.length() <= max) {
            return text;
        }
        com.fasterxml.jackson.databind.node.ObjectNode cut = com.fasterxml.jackson.databind.node.JsonNodeFactory
                .instance.objectNode();
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

    private static JsonNode argumentsNode(String arguments) {
        if (arguments == null || arguments.isBlank()) {
            return SharedJson.mapper().createObjectNode();
        }
        try {
            return PraxisJson.parse(arguments);
        } catch (IllegalArgumentException e) {
            return TextNode.valueOf(arguments);
        }
    }

    /** UTF-8 length without encoding (most arguments are ASCII and take one pass). */
    static long utf8Length(String text) {
        long bytes = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
