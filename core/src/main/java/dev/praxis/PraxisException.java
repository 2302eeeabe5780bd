package dev.praxis;

/**
 * Root of every unchecked exception Praxis throws. Subclasses say what the caller can do about it:
 * {@link #retriable()} is true when the same call may succeed later (a rate limit, a server that is
 * restarting), false when the input or the configuration must change first.
 */
public class PraxisException extends RuntimeException {

    private final boolean retriable;

    public PraxisException(String message) {
        this(message, false, null);
    }

    public PraxisException(String message, Throwable cause) {
        this(message, false, cause);
    }

    protected PraxisException(String message, boolean retriable, Throwable cause) {
        super(message, cause);
        this.retriable = retriable;
    }

    /** Whether repeating the same call later may succeed. */
    public boolean retriable() {
        return retriable;
    }
}
