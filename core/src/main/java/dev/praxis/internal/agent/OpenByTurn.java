package dev.praxis.internal.agent;

import dev.praxis.agent.RunScope;
import dev.praxis.agent.Turn;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a tracer keeps open for one run (a span's context, an observation), by turn and by tool call, so that a
 * new span or observation takes its parent from the run rather than from the thread: parallel tool calls run on
 * pool threads where the run's is not current, and a delegated turn must hang under the tool call that started it.
 * Kept in the run's {@link RunScope#local}. Not API.
 *
 * @param <T> what is kept open
 */
public final class OpenByTurn<T> {

    private final RunScope.Key<Map<String, T>> key;

    /**
     * A registry whose entries live under {@code name} in each run's local state.
     *
     * @param name the run-local key, unique per tracer
     */
    public OpenByTurn(String name) {
        this.key = RunScope.Key.of(name);
    }

    /**
     * What a turn's own span or observation hangs under: the delegating tool call's, if this turn was delegated.
     *
     * @param run  the run
     * @param turn the turn
     * @return the tool call's entry, or empty for a turn nobody delegated (the caller then uses the thread's)
     */
    public Optional<T> ofTurn(RunScope run, Turn turn) {
        if (turn.caller().isPresent() && turn.callId().isPresent()) {
            return Optional.ofNullable(open(run).get(callKey(turn.caller().get(), turn.callId().get())));
        }
        return Optional.empty();
    }

    /**
     * What a model or tool call of {@code turn} hangs under: its turn's entry.
     *
     * @param run  the run
     * @param turn the turn
     * @return the turn's entry, or empty when the turn was not opened here
     */
    public Optional<T> ofCall(RunScope run, Turn turn) {
        return Optional.ofNullable(open(run).get(turn.id()));
    }

    /**
     * Records what {@code turn} opened.
     *
     * @param run   the run
     * @param turn  the turn
     * @param value its span context or observation
     */
    public void turnOpened(RunScope run, Turn turn, T value) {
        open(run).put(turn.id(), value);
    }

    /**
     * Forgets what {@code turn} opened.
     *
     * @param run  the run
     * @param turn the turn
     */
    public void turnClosed(RunScope run, Turn turn) {
        open(run).remove(turn.id());
    }

    /**
     * Records what tool call {@code callId} of {@code turn} opened.
     *
     * @param run    the run
     * @param turn   the turn the call belongs to
     * @param callId the call's id
     * @param value  its span context or observation
     */
    public void callOpened(RunScope run, Turn turn, String callId, T value) {
        open(run).put(callKey(turn, callId), value);
    }

    /**
     * Forgets what tool call {@code callId} of {@code turn} opened.
     *
     * @param run    the run
     * @param turn   the turn the call belongs to
     * @param callId the call's id
     */
    public void callClosed(RunScope run, Turn turn, String callId) {
        open(run).remove(callKey(turn, callId));
    }

    private Map<String, T> open(RunScope run) {
        return run.local(key, ConcurrentHashMap::new);
    }

    /** Call ids are unique within a turn only, so the key has the turn's id too; NUL appears in neither id. */
    private static String callKey(Turn turn, String callId) {
        return turn.id() + '\u0000' + callId;
    }
}
