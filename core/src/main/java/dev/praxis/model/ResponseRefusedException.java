package dev.praxis.model;

import java.io.IOException;

/**
 * A response over one of the {@link HttpLimits}: a body too large, too many or too long header lines. Thrown inside
 * the transport; {@link ErrorTranslator} turns it into a {@link ModelRequestException}, which is not retried.
 */
final class ResponseRefusedException extends IOException {

    private static final long serialVersionUID = 1L;

    ResponseRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
