package dev.praxis.embedding;

import dev.praxis.PraxisException;

/** The embedding cache's file could not be written (a full disk, a folder without write access). */
public final class EmbeddingCacheException extends PraxisException {

    private static final long serialVersionUID = 1L;

    /**
     * An error naming the file and the reason.
     *
     * @param message names the file and the reason
     * @param cause the I/O or parse error
     */
    public EmbeddingCacheException(String message, Throwable cause) {
        super(message, cause);
    }
}
