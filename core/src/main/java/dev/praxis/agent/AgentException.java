package dev.praxis.agent;

import dev.praxis.PraxisException;

/**
 * A run that did not produce what the caller asked for, thrown only by the convenience methods that return a
 * value ({@code ask(..., Class)}); {@link #record()} says what happened.
 */
public final class AgentException extends PraxisException {

    private final transient RunRecord record;

    /**
     * An error about the run recorded in {@code record}.
     *
     * @param message what went wrong
     * @param record the run's record
     */
    public AgentException(String message, RunRecord record) {
        super(message);
        this.record = record;
    }

    /**
     * The record of the run that failed.
     *
     * @return the run's record
     */
    public RunRecord record() {
        return record;
    }
}
