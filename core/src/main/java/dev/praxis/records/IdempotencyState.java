package dev.praxis.records;

/** Where a request stands in an {@link IdempotencyLedger}, as {@link IdempotencyLedger#begin} found it. */
public enum IdempotencyState {
    /** The key was unknown and is now claimed by this caller, durably: execute the request, then complete it. */
    NEW,
    /**
     * The key was claimed before and never completed: another caller is executing it now, or one crashed between
     * executing and completing. Do not execute: look in the outside world (the order, the payment) whether it
     * happened, then {@link IdempotencyLedger#complete} or {@link IdempotencyLedger#release} the key.
     */
    IN_PROGRESS,
    /** The request was executed and completed; the claim carries its result. Return it; do not execute again. */
    DONE,
    /** The key was used for a different request (another request hash). Refuse: it is the client's mistake. */
    MISMATCH
}
