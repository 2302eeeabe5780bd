package dev.praxis.memory.store;

import dev.praxis.PraxisException;

/**
 * A store could not read or write (disk full, database down, corrupt data). Not retriable by default: the
 * cause says whether the medium needs attention.
 */
public final class StoreException extends PraxisException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
