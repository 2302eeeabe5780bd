package dev.praxis.agent;

import dev.praxis.PraxisException;

/**
 * A run that did not produce what the caller asked for, thrown only by the convenience methods that return a
 * value ({@code ask(..., Class)}); {@link #record()} says what happened.
 */
public final class AgentException extends PraxisException {

    private final transient RunRecord record;

    public AgentException(String message, RunRecord record) {
        super(message);
        this.record = record;
    }

    /** The record of the run that failed. */
    public RunRecord record() {
        return record;
    }
}
