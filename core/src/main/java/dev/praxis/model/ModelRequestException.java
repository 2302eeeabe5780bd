package dev.praxis.model;

import dev.praxis.PraxisException;

/**
 * The server rejected the request itself (HTTP 400, 422, other 4xx) or sent a response Praxis could not
 * read. Not retriable: the request, the model's settings or the server's configuration must change.
 */
public final class ModelRequestException extends PraxisException {

    /**
     * A refused request, described by {@code message}.
     *
     * @param message what the server refused
     * @param cause the client's error
     */
    public ModelRequestException(String message, Throwable cause) {
        super(message, false, cause);
    }
}
