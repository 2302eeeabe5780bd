package dev.praxis.micrometer;

import dev.praxis.agent.RunScope;
import dev.praxis.agent.Turn;
import dev.praxis.internal.agent.OpenByTurn;
import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

/**
 * The open observations of one run, by turn and by tool call (core's {@link OpenByTurn}), so each new observation
 * takes its parent from the run rather than from the thread; null means "the thread's current one".
 */
final class Parents {

    private static final OpenByTurn<Observation> OPEN = new OpenByTurn<>("micrometer-open-observations");

    private Parents() {
    }

    /** The parent of a turn's observation: the delegating tool call's, else null (the thread's current one). */
    static @Nullable Observation ofTurn(RunScope run, Turn turn) {
        return OPEN.ofTurn(run, turn).orElse(null);
    }

    /** The parent of a model or tool call of {@code turn}: its turn's observation, else null. */
    static @Nullable Observation ofCall(RunScope run, Turn turn) {
        return OPEN.ofCall(run, turn).orElse(null);
    }

    static void turnOpened(RunScope run, Turn turn, Observation observation) {
        OPEN.turnOpened(run, turn, observation);
    }

    static void turnClosed(RunScope run, Turn turn) {
        OPEN.turnClosed(run, turn);
    }

    static void callOpened(RunScope run, Turn turn, String callId, Observation observation) {
        OPEN.callOpened(run, turn, callId, observation);
    }

    static void callClosed(RunScope run, Turn turn, String callId) {
        OPEN.callClosed(run, turn, callId);
    }
}
