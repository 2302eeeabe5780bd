package dev.praxis.memory.store;

import dev.praxis.PraxisException;

/**
 * A store could not read or write (disk full, database down, corrupt data). Not retriable by default: the
 * cause says whether the medium needs attention.
 */
public final class StoreException extends PraxisException {

    /**
     * A failure with its cause (an {@code IOException}, an {@code SQLException}).
     *
     * @param message what failed
     * @param cause the underlying error
     */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * A failure found by the store itself (a directory held by another store).
     *
     * @param message what failed
     */
    public StoreException(String message) {
        super(message);
    }
}
