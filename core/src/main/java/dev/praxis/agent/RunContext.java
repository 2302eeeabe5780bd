package dev.praxis.agent;

import dev.praxis.event.AgentEvent;
import dev.praxis.event.AgentListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The state one run shares with the runs it delegates to: the limits and what has been used of them, the
 * deadline, and the records collected so far. Thread-safe: read-only tool calls run in parallel.
 */
final class RunContext {

    private static final Logger LOG = LoggerFactory.getLogger(RunContext.class);

    // A random (version 4) UUID from ThreadLocalRandom: unique enough for run ids, without SecureRandom's cost.
    final String runId = new UUID(ThreadLocalRandom.current().nextLong() & ~0xF000L | 0x4000L,
            ThreadLocalRandom.current().nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L).toString();
    final Limits limits;
    final long startNanos = System.nanoTime();
    final long deadlineNanos;
    private final List<AgentListener> listeners;
    private final AtomicInteger modelCalls = new AtomicInteger();
    private final AtomicInteger toolCalls = new AtomicInteger();
    private final AtomicLong tokens = new AtomicLong();
    private final List<ToolCallRecord> toolRecords = new ArrayList<>();
    private final List<ModelCallRecord> modelRecords = new ArrayList<>();

    RunContext(Limits limits, List<AgentListener> listeners) {
        this.limits = limits;
        this.listeners = listeners;
        this.deadlineNanos = startNanos + limits.timeout().toNanos();
    }

    long remainingNanos() {
        return deadlineNanos - System.nanoTime();
    }

    /** The stop reason a new model call would hit, or null when one may be made. */
    StopReason beforeModelCall() {
        if (remainingNanos() <= 0) {
            return StopReason.TIMEOUT;
        }
        if (tokens.get() >= limits.maxTokens()) {
            return StopReason.TOKEN_LIMIT;
        }
        if (modelCalls.get() >= limits.maxModelCalls()) {
            return StopReason.STEP_LIMIT;
        }
        return null;
    }

    int startModelCall() {
        return modelCalls.incrementAndGet();
    }

    /** Takes one tool call from the budget; false when the budget is spent. */
    boolean takeToolCall() {
        return toolCalls.getAndUpdate(n -> n < limits.maxToolCalls() ? n + 1 : n) < limits.maxToolCalls();
    }

    synchronized void record(ModelCallRecord record) {
        modelRecords.add(record);
        tokens.addAndGet(record.usage().totalTokens());
    }

    synchronized void record(ToolCallRecord record) {
        toolRecords.add(record);
    }

    synchronized List<ToolCallRecord> toolRecords() {
        return List.copyOf(toolRecords);
    }

    synchronized List<ModelCallRecord> modelRecords() {
        return List.copyOf(modelRecords);
    }

    synchronized Usage usage() {
        Usage total = Usage.ZERO;
        for (ModelCallRecord record : modelRecords) {
            total = total.plus(record.usage());
        }
        return total;
    }

    /** Whether anyone listens: events on the hot path are not even built for nobody. */
    boolean listening() {
        return !listeners.isEmpty();
    }

    void emit(AgentEvent event) {
        for (AgentListener listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                LOG.warn("listener {} failed on {}: {}", listener, event.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
