package dev.praxis.tool;

import java.util.Objects;

/**
 * Where a tool call happens: the conversation it belongs to and the id of the call. Tools that keep per-user
 * state (a cart, an account) key it by {@link #sessionId()}.
 */
public record ToolContext(String sessionId, String callId) {

    public ToolContext {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(callId, "callId");
    }

    /** A context for calling a tool outside any agent run (tests, the CLI's {@code tools call}). */
    public static ToolContext standalone() {
        return new ToolContext("standalone", "call_0");
    }
}
