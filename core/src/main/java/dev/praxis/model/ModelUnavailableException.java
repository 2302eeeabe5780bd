package dev.praxis.model;

import dev.praxis.PraxisException;

import java.time.Duration;
import java.util.Optional;

/**
 * The model server could not answer now: connection refused or reset, HTTP 429, HTTP 5xx, a timeout, a
 * stream cut off. Retriable: {@link dev.praxis.model.ResilientChatModel} retries it and may fall back to
 * another model. {@link #retryAfter()} carries the server's {@code Retry-After} when it sent one.
 */
public class ModelUnavailableException extends PraxisException {

    /** The HTTP status, or 0 when no response arrived. */
    private final int status;
    /** The server's {@code Retry-After}, or null. */
    private final Duration retryAfter;

    /**
     * An unavailable server that answered with {@code status}.
     *
     * @param message what happened
     * @param status the HTTP status, or 0 when no response arrived
     * @param retryAfter the server's {@code Retry-After}, or null
     * @param cause the client's error
     */
    public ModelUnavailableException(String message, int status, Duration retryAfter, Throwable cause) {
        super(message, true, cause);
        this.status = status;
        this.retryAfter = retryAfter;
    }

    /**
     * An unavailable server that sent no response.
     *
     * @param message what happened
     * @param cause the client's error
     */
    public ModelUnavailableException(String message, Throwable cause) {
        this(message, 0, null, cause);
    }

    /**
     * The HTTP status, or 0 when no response arrived (connection refused, reset, timeout).
     *
     * @return the status, or 0
     */
    public int status() {
        return status;
    }

    /**
     * The wait the server asked for with {@code Retry-After}, when it sent one.
     *
     * @return the wait, if the server sent one
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
