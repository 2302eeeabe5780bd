package dev.praxis.model;

import dev.praxis.PraxisException;

/**
 * The server refused the credentials (HTTP 401 or 403). Not retriable. The message names the environment
 * variable or option to set and never contains the key itself.
 */
public final class ModelAuthenticationException extends PraxisException {

    /**
     * A refused key, described by {@code message}.
     *
     * @param message what the server refused
     * @param cause the client's error
     */
    public ModelAuthenticationException(String message, Throwable cause) {
        super(message, false, cause);
    }
}
