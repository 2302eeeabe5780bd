package dev.praxis.event;

/**
 * Receives every {@link AgentEvent} of the runs of the agents it is registered with. Called on the thread doing
 * the work (tool events may come from several threads at once), so implementations must be fast and
 * thread-safe; an exception thrown here is logged and ignored, never ends a run.
 */
@FunctionalInterface
public interface AgentListener {

    /**
     * Receives one event; called on the run's threads, so it must be fast and thread-safe.
     *
     * @param event the event
     */
    void onEvent(AgentEvent event);
}
