package dev.praxis.model;

/**
 * The model server took longer than the configured timeout: no response headers in time, or a stream that
 * stalled (no data for the idle timeout) or ran past its overall limit. Retriable.
 */
public final class ModelTimeoutException extends ModelUnavailableException {

    /**
     * A call that ran out of time, described by {@code message}.
     *
     * @param message which limit was reached
     * @param cause the client's error
     */
    public ModelTimeoutException(String message, Throwable cause) {
        super(message, 0, null, cause);
    }
}
