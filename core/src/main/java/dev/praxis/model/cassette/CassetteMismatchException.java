package dev.praxis.model.cassette;

import dev.praxis.PraxisException;

import java.util.List;

/**
 * A replayed request differs from the recorded one, or there is no recorded interaction left for it. The message
 * names the cassette file and each differing field with its expected and actual value; {@link #differences()} lists
 * them for programs.
 */
public final class CassetteMismatchException extends PraxisException {

    /** The differing fields, each as {@code path: expected X but was Y}. */
    private final List<String> differences;

    CassetteMismatchException(String message, List<String> differences) {
        super(message);
        this.differences = List.copyOf(differences);
    }

    /**
     * Each difference as {@code path: expected X but was Y}; empty when no interaction was left.
     *
     * @return the differences
     */
    public List<String> differences() {
        return differences;
    }
}
