package dev.praxis;

/**
 * Root of every unchecked exception Praxis throws. Subclasses say what the caller can do about it:
 * {@link #retriable()} is true when the same call may succeed later (a rate limit, a server that is
 * restarting), false when the input or the configuration must change first.
 */
public class PraxisException extends RuntimeException {

    /** Whether the same call may succeed later. */
    private final boolean retriable;

    /**
     * A failure that is not retriable.
     *
     * @param message what went wrong and what to change
     */
    public PraxisException(String message) {
        this(message, false, null);
    }

    /**
     * A failure that is not retriable, caused by {@code cause}.
     *
     * @param message what went wrong and what to change
     * @param cause the underlying failure
     */
    public PraxisException(String message, Throwable cause) {
        this(message, false, cause);
    }

    /**
     * A failure for subclasses that decide whether it is retriable.
     *
     * @param message what went wrong
     * @param retriable whether the same call may succeed later
     * @param cause the underlying failure, or null
     */
    protected PraxisException(String message, boolean retriable, Throwable cause) {
        super(message, cause);
        this.retriable = retriable;
    }

    /**
     * Whether repeating the same call later may succeed.
     *
     * @return true when a later retry may succeed
     */
    public boolean retriable() {
        return retriable;
    }
}
