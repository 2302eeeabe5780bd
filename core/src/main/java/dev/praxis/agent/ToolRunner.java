package dev.praxis.agent;

import dev.praxis.event.AgentEvent;
import dev.praxis.tool.SideEffect;
import dev.praxis.tool.Tool;
import dev.praxis.tool.ToolBox;
import dev.praxis.tool.ToolContext;
import dev.praxis.tool.ToolException;
import dev.praxis.tool.ToolResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.DateTimeException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The end of the tool chain: runs the tool within its deadline and says honestly what came of it.
 * <ul>
 *   <li>A read-only call alone runs on the caller's thread, interrupted by the watchdog at its deadline; a result
 *       that arrives late is still used.</li>
 *   <li>A side-effecting call runs on the agent's executor while the caller waits until the deadline, so a tool
 *       that ignores interruption cannot hold the run. One that has not finished by then is recorded
 *       {@link ToolResult.Outcome#UNKNOWN} (it may still take effect) and the model is told to check first.</li>
 *   <li>{@link ToolException} and {@link IllegalArgumentException} mean "refused, nothing done": an error the
 *       model reads. Any other failure of a side-effecting tool may have happened half-way: UNKNOWN.</li>
 *   <li>A bug (see {@link Faults#isBug}) is logged with its stack trace and ends the run with
 *       {@link StopReason#INTERNAL_ERROR}.</li>
 * </ul>
 */
final class ToolRunner {

    static final Logger LOG = LoggerFactory.getLogger(ToolRunner.class);

    private final Agent agent;
    private final RunContext context;
    private final Turn turn;

    ToolRunner(Agent agent, RunContext context, Turn turn) {
        this.agent = agent;
        this.context = context;
        this.turn = turn;
    }

    /** The deadline of a call started or submitted at {@code nanos}: its own timeout, within the run's. */
    long deadlineFrom(long nanos) {
        long own = nanos + context.limits.toolTimeout().toNanos();
        return own - context.deadlineNanos < 0 ? own : context.deadlineNanos;
    }

    ToolResult run(ToolSlot slot, ToolCall call, boolean onPool) throws InterruptedException {
        Tool tool = slot.tool;
        if (!call.arguments().equals(slot.checkedArguments)) {
            ToolBox.Checked checked = agent.tools().check(tool, call.arguments());
            if (checked instanceof ToolBox.Invalid invalid) {
                return invalid.result();
            }
        }
        if (context.listening()) {
            context.emit(new AgentEvent.ToolStarted(context.runId, agent.name(), call.id(), call.name(),
                    call.arguments()));
        }
        slot.started();
        try {
            ToolResult result;
            if (onPool) {
                result = direct(tool, call, false, 0);
            } else if (call.sideEffect() == SideEffect.READ_ONLY) {
                result = watched(tool, call);
            } else {
                result = handedOff(slot, tool, call);
            }
            slot.ran = result;
            return result;
        } finally {
            slot.finished();
        }
    }

    private ToolResult watched(Tool tool, ToolCall call) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = deadlineFrom(start);
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        Deadlines.Watch watch = agent.deadlines().watch(deadline);
        ToolResult result = null;
        Throwable thrown = null;
        try {
            result = invoke(tool, call);
        } catch (Throwable t) {
            thrown = t;
        }
        boolean late = watch.close();
        return thrown == null ? result : classify(call, thrown, late, deadline - start);
    }

    private ToolResult handedOff(ToolSlot slot, Tool tool, ToolCall call) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = deadlineFrom(start);
        Future<ToolResult> future = agent.executor().submit(() -> direct(tool, call, false, deadline - start));
        try {
            return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            LOG.warn("[{}] {} did not finish within its deadline; recorded as outcome unknown", agent.name(),
                    call.name());
            return unknownAfterDeadline(call, deadline - start);
        } catch (InterruptedException e) {
            future.cancel(true);
            slot.ran = ToolResult.unknown(call.name() + " was interrupted while running; it may or may not have"
                    + " taken effect. Check before calling it again.");
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new Faults.InternalFault("tool " + call.name(), cause,
                    ToolResult.unknown(call.name() + " failed with an internal error; it may or may not have taken"
                            + " effect. Check before calling it again."));
        }
    }

    /** Runs the tool on this thread with no watch of its own (a pool thread, watched by its waiter). */
    private ToolResult direct(Tool tool, ToolCall call, boolean late, long waitNanos) {
        try {
            return invoke(tool, call);
        } catch (Throwable t) {
            return classify(call, t, late, waitNanos);
        }
    }

    private ToolResult invoke(Tool tool, ToolCall call) throws Exception {
        ToolContext toolContext = new ToolContext(context.sessionId(), context.userId(), call.id());
        if (tool instanceof AgentTool delegate) {
            return delegate.delegate(call.arguments(), toolContext, context, turn);
        }
        return ToolResult.ok(tool.execute(call.arguments(), toolContext));
    }

    private ToolResult classify(ToolCall call, Throwable thrown, boolean late, long waitNanos) {
        if (thrown instanceof VirtualMachineError fatal) {
            throw fatal;
        }
        String name = call.name();
        boolean effect = call.sideEffect() != SideEffect.READ_ONLY;
        if (thrown instanceof ToolException) {
            return ToolResult.error(thrown.getMessage());
        }
        if (late || thrown instanceof InterruptedException) {
            if (thrown instanceof InterruptedException && !late) {
                Thread.currentThread().interrupt();
            }
            return effect ? unknownAfterDeadline(call, waitNanos)
                    : ToolResult.error(name + " timed out after " + TimeUnit.NANOSECONDS.toMillis(waitNanos) + " ms");
        }
        if (Faults.isBug(thrown)) {
            LOG.error("[{}] tool {} failed with an internal error", agent.name(), name, thrown);
            ToolResult recorded = effect
                    ? ToolResult.unknown(name + " failed with an internal error; it may or may not have taken"
                    + " effect. Check before calling it again.")
                    : ToolResult.error(name + " failed with an internal error");
            throw new Faults.InternalFault("tool " + name, thrown, recorded);
        }
        LOG.warn("[{}] tool {} failed", agent.name(), name, thrown);
        if (!effect || thrown instanceof IllegalArgumentException || thrown instanceof DateTimeException) {
            String message = thrown.getMessage();
            return ToolResult.error(name + " failed: " + (message == null || message.isBlank()
                    ? thrown.getClass().getSimpleName() : message));
        }
        return ToolResult.unknown(name + " failed part-way (" + Faults.describe(thrown) + "); it may or may not"
                + " have taken effect. Check before calling it again.");
    }

    private static ToolResult unknownAfterDeadline(ToolCall call, long waitNanos) {
        return ToolResult.unknown(call.name() + " did not finish within its deadline of "
                + TimeUnit.NANOSECONDS.toMillis(waitNanos) + " ms, so whether it took effect is not known (it may"
                + " still). Do not call it again before checking whether it happened, for example by looking it up.");
    }
}
