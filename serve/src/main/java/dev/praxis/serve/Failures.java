package dev.praxis.serve;

import dev.praxis.PraxisException;
import dev.praxis.memory.store.SessionBusyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps what a turn throws to the client's error: a busy session is 409 (safe to resend), the rest 500. */
final class Failures {

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    private Failures() {
    }

    static ApiError toApiError(RuntimeException e) {
        if (e instanceof ApiError api) {
            return api;
        }
        if (e instanceof SessionBusyException) {
            return new ApiError(409, "conflict_error", "session_busy",
                    "the session is busy with another turn; send the message again");
        }
        if (e instanceof PraxisException praxis && praxis.retriable()) {
            return new ApiError(503, "server_error", "retriable", "the turn failed and may succeed if sent again");
        }
        LOG.error("turn failed", e);
        return new ApiError(500, "server_error", "internal_error", "the turn failed; see the server log");
    }
}
