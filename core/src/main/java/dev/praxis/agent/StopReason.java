package dev.praxis.agent;

/** Why a run ended. Only {@link #COMPLETED} means the model gave a final answer. */
public enum StopReason {
    /** The model answered without asking for more tools. */
    COMPLETED,
    /** The run used its allowed number of model calls. */
    STEP_LIMIT,
    /** The run used its allowed number of tool calls. */
    TOOL_LIMIT,
    /**
     * A token, money or time budget of the run or of the session was spent; the record's {@code error} names
     * which one (see {@link Limits} and {@link Budget}).
     */
    BUDGET_EXCEEDED,
    /** The run's wall-clock time ran out. */
    TIMEOUT,
    /** The model kept repeating itself: the same call with the same result, or steps that found nothing new. */
    NO_PROGRESS,
    /**
     * The model could not be reached, kept failing, or gave no usable reply (empty twice, truncated); a model
     * problem, not a Praxis one.
     */
    MODEL_ERROR,
    /** Typed output was requested and the model's JSON stayed invalid after one repair attempt. */
    INVALID_OUTPUT,
    /**
     * A fault in Praxis, a tool, an interceptor or a model adapter (a bug such as a NullPointerException), logged
     * at ERROR with its stack trace. Not the model's fault and not fixed by retrying.
     */
    INTERNAL_ERROR,
    /**
     * A side-effecting call waits for a person's decision; the record's {@code pending_approval} says which. Nothing
     * of that call ran. {@code Agent.decide} approves or denies it later and resumes the run.
     */
    AWAITING_APPROVAL,
    /** The calling thread was interrupted. */
    CANCELLED
}
