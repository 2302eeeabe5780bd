package dev.praxis.ecommerce.catalog;

import dev.praxis.PraxisException;

/** The catalogue store failed (a database error); the message says what, without credentials. */
public final class CatalogStoreException extends PraxisException {

    public CatalogStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
