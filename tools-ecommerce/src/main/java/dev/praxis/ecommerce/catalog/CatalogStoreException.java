package dev.praxis.ecommerce.catalog;

import dev.praxis.PraxisException;

/** The catalogue store failed (a database error); the message says what, without credentials. */
public final class CatalogStoreException extends PraxisException {

    /**
     * A store failure described by {@code message}, caused by {@code cause}.
     *
     * @param message what failed, without credentials
     * @param cause the database error
     */
    public CatalogStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
