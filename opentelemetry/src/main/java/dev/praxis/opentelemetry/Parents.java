package dev.praxis.opentelemetry;

import dev.praxis.agent.RunScope;
import dev.praxis.agent.Turn;
import dev.praxis.internal.agent.OpenByTurn;
import io.opentelemetry.context.Context;

/**
 * The open spans of one run, by turn and by tool call (core's {@link OpenByTurn}), so that each new span gets its
 * parent from the run rather than from the thread; without one, the thread's current context.
 */
final class Parents {

    private static final OpenByTurn<Context> OPEN = new OpenByTurn<>("opentelemetry-open-spans");

    private Parents() {
    }

    /** The context a turn's span starts in: the delegating tool call's, else the caller's thread's. */
    static Context ofTurn(RunScope run, Turn turn) {
        return OPEN.ofTurn(run, turn).orElseGet(Context::current);
    }

    /** The context a model or tool call of {@code turn} starts in: its turn's span, else the thread's. */
    static Context ofCall(RunScope run, Turn turn) {
        return OPEN.ofCall(run, turn).orElseGet(Context::current);
    }

    static void turnOpened(RunScope run, Turn turn, Context context) {
        OPEN.turnOpened(run, turn, context);
    }

    static void turnClosed(RunScope run, Turn turn) {
        OPEN.turnClosed(run, turn);
    }

    static void callOpened(RunScope run, Turn turn, String callId, Context context) {
        OPEN.callOpened(run, turn, callId, context);
    }

    static void callClosed(RunScope run, Turn turn, String callId) {
        OPEN.callClosed(run, turn, callId);
    }
}
