package dev.praxis.mcp.server;

import dev.praxis.event.AgentEvent;
import dev.praxis.event.AgentListener;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reports each tool step of an agent's run as MCP progress of the {@code ask_<agent>} call that started it
 * ({@code "finance: loan_payment started"}, {@code "finance: loan_payment finished"}), when the client sent a
 * {@code progressToken}. An agent's listeners are fixed when it is built, so this one is made first, added to the
 * agents to be served, and given to the server, which registers each {@code ask_} call for the length of its run:
 *
 * <pre>{@code
 * AgentStepProgress steps = new AgentStepProgress();
 * Agent finance = Agent.builder().name("finance")....listener(steps).build();
 * PraxisMcpServer server = PraxisMcpServer.builder().agent(finance, "loans").agentSteps(steps).build();
 * }</pre>
 *
 * <p>A call is found by its session: the server registers the call under the Praxis session id it runs the agent
 * in, and the run that starts in that session ({@link AgentEvent.RunStarted}) is bound to the call until it
 * finishes. While one {@code ask_} call of an MCP session is running, a second one in the same session gets only its
 * own start and end, not the steps (they could not be told apart). Runs of agents not called over MCP are ignored.
 */
public final class AgentStepProgress implements AgentListener {

    /** Calls waiting for their run to start, by Praxis session id. */
    private final Map<String, ProgressReport> waiting = new ConcurrentHashMap<>();
    /** Runs in progress, by run id, with the call they report to. */
    private final Map<String, ProgressReport> running = new ConcurrentHashMap<>();

    /** A registry with no calls yet; one per server. */
    public AgentStepProgress() {
    }

    /**
     * Forwards the tool steps of runs started by a registered call; everything else is ignored.
     *
     * @param event an event of an agent this listener was added to
     */
    @Override
    public void onEvent(AgentEvent event) {
        if (event instanceof AgentEvent.RunStarted started) {
            ProgressReport report = started.sessionId() == null ? null : waiting.remove(started.sessionId());
            if (report != null) {
                running.put(started.runId(), report);
            }
        } else if (event instanceof AgentEvent.ToolStarted tool) {
            step(tool.runId(), tool.agent() + ": " + tool.tool() + " started");
        } else if (event instanceof AgentEvent.ToolFinished tool) {
            step(tool.runId(), tool.agent() + ": " + tool.tool() + " finished"
                    + (tool.result().isOk() ? "" : " with an error"));
        } else if (event instanceof AgentEvent.RunFinished finished) {
            running.remove(finished.runId());
        }
    }

    private void step(String runId, String message) {
        ProgressReport report = running.get(runId);
        if (report != null) {
            report.step(message);
        }
    }

    /**
     * Registers a call that will run an agent in {@code sessionId}; running what it returns, when the call ends,
     * forgets the call and any run bound to it.
     */
    Runnable register(String sessionId, ProgressReport report) {
        boolean registered = waiting.putIfAbsent(sessionId, report) == null;
        return () -> {
            if (registered) {
                waiting.remove(sessionId, report);
            }
            running.values().removeIf(bound -> bound == report);
        };
    }
}
