package dev.praxis.opentelemetry;

import dev.praxis.agent.RunScope;
import dev.praxis.agent.Turn;
import io.opentelemetry.context.Context;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open spans of one run, by turn and by tool call, so that each new span gets its parent from the run rather
 * than from the thread: parallel tool calls run on pool threads whose current context is not the run's, and a
 * delegated turn must hang under the tool call that started it. Lives in the run's {@link RunScope#local}.
 */
final class Parents {

    private static final RunScope.Key<Map<String, Context>> OPEN = RunScope.Key.of("opentelemetry-open-spans");

    private Parents() {
    }

    /** The context a turn's span starts in: the delegating tool call's, else the caller's thread's. */
    static Context ofTurn(RunScope run, Turn turn) {
        if (turn.caller().isPresent() && turn.callId().isPresent()) {
            Context tool = open(run).get(callKey(turn.caller().get(), turn.callId().get()));
            if (tool != null) {
                return tool;
            }
        }
        return Context.current();
    }

    /** The context a model or tool call of {@code turn} starts in: its turn's span, else the thread's. */
    static Context ofCall(RunScope run, Turn turn) {
        Context context = open(run).get(turn.id());
        return context != null ? context : Context.current();
    }

    static void turnOpened(RunScope run, Turn turn, Context context) {
        open(run).put(turn.id(), context);
    }

    static void turnClosed(RunScope run, Turn turn) {
        open(run).remove(turn.id());
    }

    static void callOpened(RunScope run, Turn turn, String callId, Context context) {
        open(run).put(callKey(turn, callId), context);
    }

    static void callClosed(RunScope run, Turn turn, String callId) {
        open(run).remove(callKey(turn, callId));
    }

    private static Map<String, Context> open(RunScope run) {
        return run.local(OPEN, ConcurrentHashMap::new);
    }

    /** Call ids are unique within a turn only, so the key has the turn's id too; NUL appears in neither id. */
    private static String callKey(Turn turn, String callId) {
        return turn.id() + '\u0000' + callId;
    }
}
