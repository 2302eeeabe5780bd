package dev.praxis.event;

/**
 * Receives every {@link AgentEvent} of the runs of the agents it is registered with. Called on the thread doing
 * the work (tool events may come from several threads at once), so implementations must be fast and
 * thread-safe; an exception thrown here is logged and ignored, never ends a run.
 */
@FunctionalInterface
public interface AgentListener {

    void onEvent(AgentEvent event);
}
