package dev.praxis.micrometer;

import dev.praxis.agent.RunScope;
import dev.praxis.agent.Turn;
import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open observations of one run, by turn and by tool call, so each new observation takes its parent from the
 * run rather than from the thread: parallel tool calls run on pool threads where the run's observation is not
 * current, and a delegated turn must hang under the tool call that started it. Kept in the run's
 * {@link RunScope#local}.
 */
final class Parents {

    private static final RunScope.Key<Map<String, Observation>> OPEN = RunScope.Key.of("micrometer-open-observations");

    private Parents() {
    }

    /** The parent of a turn's observation: the delegating tool call's, else null (the thread's current one). */
    static @Nullable Observation ofTurn(RunScope run, Turn turn) {
        if (turn.caller().isPresent() && turn.callId().isPresent()) {
            return open(run).get(callKey(turn.caller().get(), turn.callId().get()));
        }
        return null;
    }

    /** The parent of a model or tool call of {@code turn}: its turn's observation, else null. */
    static @Nullable Observation ofCall(RunScope run, Turn turn) {
        return open(run).get(turn.id());
    }

    static void turnOpened(RunScope run, Turn turn, Observation observation) {
        open(run).put(turn.id(), observation);
    }

    static void turnClosed(RunScope run, Turn turn) {
        open(run).remove(turn.id());
    }

    static void callOpened(RunScope run, Turn turn, String callId, Observation observation) {
        open(run).put(callKey(turn, callId), observation);
    }

    static void callClosed(RunScope run, Turn turn, String callId) {
        open(run).remove(callKey(turn, callId));
    }

    private static Map<String, Observation> open(RunScope run) {
        return run.local(OPEN, ConcurrentHashMap::new);
    }

    /** Call ids are unique within a turn only, so the key has the turn's id too; NUL appears in neither id. */
    private static String callKey(Turn turn, String callId) {
        return turn.id() + '\u0000' + callId;
    }
}
