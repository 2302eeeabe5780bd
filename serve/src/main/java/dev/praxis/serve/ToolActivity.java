package dev.praxis.serve;

import dev.praxis.event.AgentEvent;
import dev.praxis.event.AgentListener;
import org.jspecify.annotations.Nullable;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Forwards the tool steps of served agents to the streamed turn running them, which sends each as an extension
 * chunk ({@code praxis.event} {@code tool_started} / {@code tool_finished}; see {@code docs/serve.md}). An agent's
 * listeners are fixed when it is built, so this one is made first, added to the agents, and given to the server:
 *
 * <pre>{@code
 * ToolActivity tools = new ToolActivity();
 * Agent finance = Agent.builder().name("finance")....listener(tools).build();
 * PraxisServer.builder().agent(new ServedAgent("finance", "Loans", finance)).toolActivity(tools)....start();
 * }</pre>
 *
 * <p>A streamed turn registers under the Praxis session id it runs in; the run that starts in that session
 * ({@link AgentEvent.RunStarted}) is bound to the turn until it finishes. Only the tool name and outcome go out,
 * never arguments or results (they may hold personal data). While one streamed turn of a session runs, a second
 * in the same session gets no tool chunks (the two could not be told apart); runs not streamed are ignored.
 */
public final class ToolActivity implements AgentListener {

    /** A tool step as a streamed turn sends it; {@code outcome} is null when the tool started. */
    record Step(String event, String tool, @Nullable String outcome) {
    }

    /** Turns waiting for their run to start, by Praxis session id. */
    private final Map<String, Consumer<Step>> waiting = new ConcurrentHashMap<>();
    /** Runs in progress, by run id, with the turn they report to. */
    private final Map<String, Consumer<Step>> running = new ConcurrentHashMap<>();

    /** A registry with no turns yet; one per server. */
    public ToolActivity() {
    }

    /**
     * Forwards the tool steps of runs started by a registered turn; everything else is ignored.
     *
     * @param event an event of an agent this listener was added to
     */
    @Override
    public void onEvent(AgentEvent event) {
        if (event instanceof AgentEvent.RunStarted started) {
            Consumer<Step> turn = waiting.remove(started.sessionId());
            if (turn != null) {
                running.put(started.runId(), turn);
            }
        } else if (event instanceof AgentEvent.ToolStarted tool) {
            step(tool.runId(), new Step("tool_started", tool.tool(), null));
        } else if (event instanceof AgentEvent.ToolFinished tool) {
            step(tool.runId(), new Step("tool_finished", tool.tool(), tool.result().outcome().json()));
        } else if (event instanceof AgentEvent.RunFinished finished) {
            running.remove(finished.runId());
        }
    }

    private void step(String runId, Step step) {
        Consumer<Step> turn = running.get(runId);
        if (turn != null) {
            turn.accept(step);
        }
    }

    /**
     * Registers a turn that will run an agent in {@code sessionId}; running what it returns, when the turn ends,
     * forgets the turn and any run bound to it.
     */
    Runnable register(String sessionId, Consumer<Step> turn) {
        boolean registered = waiting.putIfAbsent(sessionId, turn) == null;
        return () -> {
            if (registered) {
                waiting.remove(sessionId, turn);
            }
            running.values().removeIf(bound -> bound == turn);
        };
    }
}
