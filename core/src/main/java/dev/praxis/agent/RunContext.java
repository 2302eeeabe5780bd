package dev.praxis.agent;

import dev.praxis.event.AgentEvent;
import dev.praxis.event.AgentListener;
import dev.praxis.model.ModelCost;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The state one run shares with the runs it delegates to: the limits and what has been used of them, the
 * deadline, the records collected so far and the interceptors' per-run state. Thread-safe: read-only tool calls
 * run in parallel.
 */
final class RunContext implements RunScope {

    private static final Logger LOG = LoggerFactory.getLogger(RunContext.class);

    // A random (version 4) UUID from ThreadLocalRandom: unique enough for run ids, without SecureRandom's cost.
    final String runId = new UUID(ThreadLocalRandom.current().nextLong() & ~0xF000L | 0x4000L,
            ThreadLocalRandom.current().nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L).toString();
    final Limits limits;
    final long startNanos = System.nanoTime();
    final long deadlineNanos;
    private final String agent;
    private final String sessionId;
    private final String userId;
    private final List<AgentListener> listeners;
    private final Function<ModelCallRecord, ModelCost> pricing;
    private final AtomicInteger modelCalls = new AtomicInteger();
    private final AtomicInteger toolCalls = new AtomicInteger();
    private final AtomicLong tokens = new AtomicLong();
    private final AtomicLong argumentBytes = new AtomicLong();
    private final List<ToolCallRecord> toolRecords = new ArrayList<>();
    private final List<ModelCallRecord> modelRecords = new ArrayList<>();
    /** Interceptors' per-run state; created on first use (most runs of most agents have none). */
    private volatile Map<Key<?>, Object> locals;
    /** The no-progress guard's state, kept here rather than in {@link #locals}: it is used by every run. */
    final NoProgressGuard.State progress = new NoProgressGuard.State();
    private ModelCost cost;
    private volatile SessionSpend sessionSpent = SessionSpend.NONE;
    /** A decision taken before the run (a resumed approval), by call id, with the arguments approved. */
    record Predecided(dev.praxis.approval.ApprovalDecision decision, com.fasterxml.jackson.databind.JsonNode arguments) {
    }

    /** Decisions taken before the run; only a resumed run has one, so most runs never create the map. */
    private volatile Map<String, Predecided> predecided = Map.of();
    private volatile dev.praxis.approval.PendingApproval pending;
    /** The prompt a run is about to send, so the budget guard reuses its running token estimate. */
    record PromptView(PromptMessages prompt, int size, Object last) {
    }

    volatile PromptView promptView;

    /** Disclaimers of specialists that answered within this run; the final answer carries them too. */
    private java.util.Set<String> disclaimers;

    RunContext(Limits limits, List<AgentListener> listeners, String agent, RunRequest request,
               Function<ModelCallRecord, ModelCost> pricing) {
        this.limits = limits;
        this.listeners = listeners;
        this.agent = agent;
        this.sessionId = request.sessionId();
        this.userId = request.userId();
        this.pricing = pricing;
        this.deadlineNanos = startNanos + limits.timeout().toNanos();
    }

    long remainingNanos() {
        return deadlineNanos - System.nanoTime();
    }

    /** The stop reason a new model call would hit, or null when one may be made (budgets are interceptors). */
    StopReason beforeModelCall() {
        if (remainingNanos() <= 0) {
            return StopReason.TIMEOUT;
        }
        if (modelCalls.get() >= limits.maxModelCalls()) {
            return StopReason.STEP_LIMIT;
        }
        return null;
    }

    int startModelCall() {
        return modelCalls.incrementAndGet();
    }

    int modelCallCount() {
        return modelCalls.get();
    }

    /** Takes one tool call from the budget; false when the budget is spent. */
    boolean takeToolCall() {
        return toolCalls.getAndUpdate(n -> n < limits.maxToolCalls() ? n + 1 : n) < limits.maxToolCalls();
    }

    /** Takes {@code bytes} of tool-call arguments from the run's allowance; false (and nothing taken) when over. */
    boolean takeArgumentBytes(long bytes) {
        long max = limits.maxArgumentBytes();
        return argumentBytes.getAndUpdate(n -> n + bytes <= max ? n + bytes : n) + bytes <= max;
    }

    synchronized void record(ModelCallRecord record) {
        modelRecords.add(record);
        tokens.addAndGet(record.usage().totalTokens());
        ModelCost price = pricing.apply(record);
        if (price != null) {
            cost = cost == null ? price : cost.plus(price);
        }
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

    synchronized void predecide(String callId, Predecided decision) {
        Map<String, Predecided> more = new java.util.HashMap<>(predecided);
        more.put(callId, decision);
        predecided = Map.copyOf(more);
    }

    Optional<Predecided> predecided(String callId) {
        return Optional.ofNullable(predecided.get(callId));
    }

    /** The approval this run stopped to wait for. */
    void pending(dev.praxis.approval.PendingApproval approval) {
        this.pending = approval;
    }

    Optional<dev.praxis.approval.PendingApproval> pending() {
        return Optional.ofNullable(pending);
    }

    synchronized void disclaim(String disclaimer) {
        if (disclaimers == null) {
            disclaimers = new java.util.LinkedHashSet<>();
        }
        disclaimers.add(disclaimer);
    }

    synchronized List<String> disclaimers() {
        return disclaimers == null ? List.of() : List.copyOf(disclaimers);
    }

    /** What the session spent before this run (for its budget). */
    SessionSpend sessionSpent() {
        return sessionSpent;
    }

    void sessionSpent(SessionSpend spent) {
        this.sessionSpent = spent;
    }

    long tokens() {
        return tokens.get();
    }

    @Override
    public synchronized Usage usage() {
        Usage total = Usage.ZERO;
        for (ModelCallRecord record : modelRecords) {
            total = total.plus(record.usage());
        }
        return total;
    }

    @Override
    public synchronized Optional<ModelCost> cost() {
        return Optional.ofNullable(cost);
    }

    @Override
    public String runId() {
        return runId;
    }

    @Override
    public String agent() {
        return agent;
    }

    @Override
    public String sessionId() {
        return sessionId;
    }

    @Override
    public String userId() {
        return userId;
    }

    @Override
    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T local(Key<T> key, Supplier<T> initial) {
        Map<Key<?>, Object> map = locals;
        if (map == null) {
            synchronized (this) {
                map = locals;
                if (map == null) {
                    locals = map = new ConcurrentHashMap<>();
                }
            }
        }
        return (T) map.computeIfAbsent(key, k -> initial.get());
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
                LOG.warn("listener {} failed on {}", listener, event.getClass().getSimpleName(), e);
            }
        }
    }
}
