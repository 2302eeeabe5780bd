package dev.praxis.serve;

import dev.praxis.agent.Agent;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An agent as the server offers it: clients name it in the request's {@code model} field and see it in
 * {@code GET /v1/models}.
 *
 * @param name the model name clients use, e.g. {@code finance}: letters, digits, {@code . _ -}, 1..64 characters
 * @param description what the agent is for, shown to people choosing one
 * @param agent the agent; the server never closes it
 */
public record ServedAgent(String name, String description, Agent agent) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /**
     * Checks the name.
     *
     * @param name the model name clients use
     * @param description what the agent is for
     * @param agent the agent
     */
    public ServedAgent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(agent, "agent");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("agent name must be 1..64 letters, digits, '.', '_' or '-': '" + name + "'");
        }
    }
}
