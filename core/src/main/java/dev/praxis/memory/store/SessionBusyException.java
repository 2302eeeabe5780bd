package dev.praxis.memory.store;

import dev.praxis.PraxisException;

import java.time.Duration;

/**
 * Another turn (in this process or another one) held the session for longer than the caller would wait. Thrown
 * before the turn read anything or ran any tool, so retrying it later is safe.
 */
public final class SessionBusyException extends PraxisException {

    /** The session that was busy. */
    private final String sessionId;

    /**
     * The session {@code sessionId} stayed busy for {@code waited}.
     *
     * @param sessionId the session
     * @param waited how long the turn waited
     * @param cause the interruption or timeout, if any
     */
    public SessionBusyException(String sessionId, Duration waited, Throwable cause) {
        super("session '" + sessionId + "' is busy: another turn held it for more than " + waited.toMillis()
                + " ms; nothing ran, the turn may be retried", true, cause);
        this.sessionId = sessionId;
    }

    /**
     * The session that was busy.
     *
     * @return the session id
     */
    public String sessionId() {
        return sessionId;
    }
}
