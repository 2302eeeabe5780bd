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

    private final int status;
    private final Duration retryAfter;

    public ModelUnavailableException(String message, int status, Duration retryAfter, Throwable cause) {
        super(message, true, cause);
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public ModelUnavailableException(String message, Throwable cause) {
        this(message, 0, null, cause);
    }

    /** The HTTP status, or 0 when no response arrived (connection refused, reset, timeout). */
    public int status() {
        return status;
    }

    /** The wait the server asked for with {@code Retry-After}, when it sent one. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
