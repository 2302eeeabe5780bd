package dev.praxis.examples.eval;

/**
 * A scenario file that cannot be used: invalid JSON, an unknown key, a missing or wrong value, or a file too large
 * (bad input, so the CLI exits with code 2).
 * The message names the file and the place in it.
 */
public final class ScenarioException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** A problem described by {@code message}. */
    public ScenarioException(String message) {
        super(message);
    }
}
