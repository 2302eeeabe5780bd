package dev.praxis.tool;

import java.util.Objects;

/**
 * Where a tool call happens: the conversation it belongs to, the person the run is for, and the id of the call.
 * Tools that keep per-conversation state (a cart, an account) key it by {@link #sessionId()}; tools that keep
 * per-person state (long-term facts) key it by {@link #userId()}.
 */
public record ToolContext(String sessionId, String userId, String callId) {

    /**
     * Checks that every component is present.
     *
     * @param sessionId the conversation the call belongs to
     * @param userId the person the run is for
     * @param callId the id of the tool call
     */
    public ToolContext {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(callId, "callId");
    }

    /**
     * A context whose user is the session itself (one person per conversation).
     *
     * @param sessionId the session, also the user
     * @param callId the call's id
     */
    public ToolContext(String sessionId, String callId) {
        this(sessionId, sessionId, callId);
    }

    /**
     * A context for calling a tool outside any agent run (tests, the CLI's {@code tools call}).
     *
     * @return the context
     */
    public static ToolContext standalone() {
        return new ToolContext("standalone", "call_0");
    }
}
