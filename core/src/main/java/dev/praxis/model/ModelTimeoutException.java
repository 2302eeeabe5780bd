package dev.praxis.model;

/**
 * The model server took longer than the configured timeout: no response headers in time, or a stream that
 * stalled (no data for the idle timeout) or ran past its overall limit. Retriable.
 */
public final class ModelTimeoutException extends ModelUnavailableException {

    public ModelTimeoutException(String message, Throwable cause) {
        super(message, 0, null, cause);
    }
}
