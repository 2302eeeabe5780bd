package dev.praxis.memory;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.praxis.PraxisException;
import dev.praxis.memory.store.VersionConflictException;

import java.util.List;

/**
 * A finished turn was not stored because its session changed while it ran: someone appended without holding the
 * session (see {@link ConversationMemory#inSession}). The turn is not stored after messages its model never saw.
 * Its tools may have run, so it is retriable only when it carried no tool result; otherwise check the tools' side
 * effects before running it again.
 */
public final class TurnNotStoredException extends PraxisException {

    /** The session the turn ran on. */
    private final String sessionId;
    /** How many tool results the turn carried. */
    private final int toolResults;

    private TurnNotStoredException(String sessionId, int toolResults, VersionConflictException cause) {
        super("turn on session '" + sessionId + "' was not stored: another writer appended to the session while it"
                + " ran, without holding it (the turn read version " + cause.expectedVersion() + ")"
                + (toolResults == 0 ? "; no tool ran, the turn may be retried"
                        : "; it carried " + toolResults + " tool result(s), so its tools may have run"),
                toolResults == 0, cause);
        this.sessionId = sessionId;
        this.toolResults = toolResults;
    }

    /**
     * The refusal of the turn {@code messages} on {@code sessionId}, caused by {@code conflict}.
     *
     * @param sessionId the session
     * @param messages the turn's messages
     * @param conflict the conflict that refused them
     * @return the exception
     */
    public static TurnNotStoredException of(String sessionId, List<ChatMessage> messages,
            VersionConflictException conflict) {
        int results = 0;
        for (ChatMessage message : messages) {
            if (message instanceof ToolExecutionResultMessage) {
                results++;
            }
        }
        return new TurnNotStoredException(sessionId, results, conflict);
    }

    /**
     * The session the turn ran on.
     *
     * @return the session id
     */
    public String sessionId() {
        return sessionId;
    }

    /**
     * How many tool results the unstored turn carried: the tools that may have run.
     *
     * @return the count
     */
    public int toolResults() {
        return toolResults;
    }
}
