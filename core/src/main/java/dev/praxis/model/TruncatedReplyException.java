package dev.praxis.model;

import java.io.IOException;

/**
 * Raised inside the stream plumbing ({@link StreamGuard}, {@link ClientModel}) when a reply ended early; an
 * {@code IOException} so that it travels through LangChain4j's handlers like a cut connection, and its own
 * type so that {@link ErrorTranslator} turns it into a {@link ModelTruncatedException} naming the server.
 */
final class TruncatedReplyException extends IOException {

    private static final long serialVersionUID = 1L;

    TruncatedReplyException(String message) {
        super(message);
    }
}
