package dev.praxis.spring.actuate;

import dev.praxis.event.AgentEvent;
import dev.praxis.event.AgentListener;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.Locale;

/** Counts runs by stop reason and tool calls by tool and outcome, from the agents' events. */
final class AgentMetrics implements AgentListener {

    static final String RUNS = "praxis.agent.runs";
    static final String TOOL_CALLS = "praxis.agent.tool.calls";

    private final MeterRegistry registry;

    AgentMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void onEvent(AgentEvent event) {
        if (event instanceof AgentEvent.RunFinished run) {
            registry.counter(RUNS, "agent", run.agent(), "stop_reason", run.stopReason()).increment();
        } else if (event instanceof AgentEvent.ToolFinished tool) {
            registry.counter(TOOL_CALLS, "agent", tool.agent(), "tool", tool.tool(), "outcome",
                    tool.result().outcome().name().toLowerCase(Locale.ROOT)).increment();
        }
    }
}
