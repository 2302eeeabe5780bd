package dev.praxis.agent;

import dev.praxis.PraxisException;

import java.util.Objects;

/**
 * Thrown by an {@link Interceptor} to end the run now, with a stop reason and a message that goes into the run
 * record's {@code error}. Tool calls of the same model reply that have not run yet are answered "not run", so
 * the stored conversation stays valid.
 *
 * <pre>{@code
 * throw new StopRunException(StopReason.BUDGET_EXCEEDED, "the shop's daily budget of 5.00 EUR is spent");
 * }</pre>
 */
public final class StopRunException extends PraxisException {

    /** Why the run stops. */
    private final StopReason reason;

    /**
     * Stops the run for {@code reason}.
     *
     * @param reason the stop reason the run record gets
     * @param message what the run record says
     */
    public StopRunException(StopReason reason, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.reason = Objects.requireNonNull(reason, "reason");
        if (reason == StopReason.COMPLETED) {
            throw new IllegalArgumentException("COMPLETED is not a reason to stop a run");
        }
    }

    /**
     * Why the run stops.
     *
     * @return the stop reason
     */
    public StopReason reason() {
        return reason;
    }
}
