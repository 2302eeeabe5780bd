package dev.praxis.model;

import dev.praxis.PraxisException;

/**
 * The server answered HTTP 404 for the model: it is not pulled (Ollama) or not served under that name.
 * Not retriable; the message says how to fix it, e.g. "pull it with `ollama pull qwen2.5:7b`".
 */
public final class ModelNotFoundException extends PraxisException {

    /**
     * An unknown model, described by {@code message}.
     *
     * @param message which model the server does not have
     * @param cause the client's error
     */
    public ModelNotFoundException(String message, Throwable cause) {
        super(message, false, cause);
    }
}
