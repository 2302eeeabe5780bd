package dev.praxis.spring;

import dev.praxis.agent.Agent;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The agents declared under {@code praxis.agents.*}, by name; inject it and pick one. Closing it (Spring does, on
 * shutdown) closes the agents.
 *
 * <pre>{@code
 * @RestController
 * class ChatController {
 *     private final Agent shop;
 *     ChatController(PraxisAgents agents) { this.shop = agents.get("shop"); }
 * }
 * }</pre>
 */
public final class PraxisAgents implements AutoCloseable {

    private final Map<String, Agent> agents;

    /**
     * Holds {@code agents}.
     *
     * @param agents the agents by name
     */
    public PraxisAgents(Map<String, Agent> agents) {
        this.agents = Map.copyOf(Objects.requireNonNull(agents, "agents"));
    }

    /**
     * The agent declared as {@code praxis.agents.<name>}.
     *
     * @param name the agent's name
     * @return the agent
     * @throws IllegalArgumentException when no agent of that name is declared
     */
    public Agent get(String name) {
        Agent agent = agents.get(name);
        if (agent == null) {
            throw new IllegalArgumentException("no agent '" + name + "' is declared; declared: "
                    + new java.util.TreeSet<>(agents.keySet()) + " (declare one with praxis.agents." + name
                    + ".instructions=...)");
        }
        return agent;
    }

    /**
     * The names of the declared agents.
     *
     * @return the names
     */
    public Set<String> names() {
        return agents.keySet();
    }

    /** Closes every agent. */
    @Override
    public void close() {
        agents.values().forEach(Agent::close);
    }
}
