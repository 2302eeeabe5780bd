package dev.praxis.agent;

import java.util.Objects;
import java.util.Optional;

/**
 * One agent's turn within a run: the run itself, or the turn of a specialist that an agent-as-tool call started
 * inside it. Delegated turns share the run's {@link RunScope} (its limits, record and id), so this is what tells
 * an interceptor which turn a model or tool call belongs to, and which tool call a delegated turn serves; a
 * tracer uses it to hang each call under the right span when calls run in parallel on other threads.
 *
 * @param id unique within the run: the run id for the run's own turn, {@code <caller id>/<call id>} for a
 *           delegated one
 * @param agent the name of the agent taking the turn (the specialist, for a delegated turn)
 * @param caller the turn whose tool call started this one; empty for the run's own turn
 * @param callId the id of that tool call; empty for the run's own turn
 */
public record Turn(String id, String agent, Optional<Turn> caller, Optional<String> callId) {

    /**
     * Checks that a turn has both a caller and a call id, or neither.
     *
     * @param id the turn's id
     * @param agent the agent taking the turn
     * @param caller the calling turn, if delegated
     * @param callId the calling tool call's id, if delegated
     */
    public Turn {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(callId, "callId");
        if (caller.isPresent() != callId.isPresent()) {
            throw new IllegalArgumentException("a delegated turn needs both its caller and the call id; got caller="
                    + caller.map(Turn::id).orElse("none") + ", callId=" + callId.orElse("none"));
        }
    }

    /**
     * The turn a run starts with.
     *
     * @param runId the run's id
     * @param agent the agent that runs it
     * @return the run's own turn
     */
    public static Turn of(String runId, String agent) {
        return new Turn(runId, agent, Optional.empty(), Optional.empty());
    }

    /**
     * The turn of {@code specialist}, started by this turn's tool call {@code callId}.
     *
     * @param callId the id of the tool call that delegates
     * @param specialist the agent that takes the delegated turn
     * @return the delegated turn
     */
    public Turn delegate(String callId, String specialist) {
        return new Turn(id + "/" + callId, specialist, Optional.of(this), Optional.of(callId));
    }

    /**
     * Whether another agent's tool call started this turn.
     *
     * @return true for a delegated turn
     */
    public boolean delegated() {
        return caller.isPresent();
    }
}
