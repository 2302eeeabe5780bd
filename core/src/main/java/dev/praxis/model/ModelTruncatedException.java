package dev.praxis.model;

/**
 * The server's reply ended before it was complete, so it is not an answer: a stream that closed without its
 * final event (no {@code "done":true} NDJSON line from Ollama; neither {@code data: [DONE]} nor a
 * {@code finish_reason} in an OpenAI-compatible SSE stream), a body cut off in the middle of its JSON, or an
 * Ollama reply marked {@code "done":false}. Retriable like any cut connection: {@link ResilientChatModel}
 * tries again unless answer text was already passed on; an agent run reports it as a model error.
 */
public final class ModelTruncatedException extends ModelUnavailableException {

    /**
     * A reply cut off, described by {@code message}.
     *
     * @param message where it was cut off and what to change
     * @param cause the underlying error, or null
     */
    public ModelTruncatedException(String message, Throwable cause) {
        super(message, 0, null, cause);
    }
}
