package dev.praxis.agent;

/** Why a run ended. Only {@link #COMPLETED} means the model gave a final answer. */
public enum StopReason {
    /** The model answered without asking for more tools. */
    COMPLETED,
    /** The run used its allowed number of model calls. */
    STEP_LIMIT,
    /** The run used its allowed number of tool calls. */
    TOOL_LIMIT,
    /** The run used its allowed number of tokens. */
    TOKEN_LIMIT,
    /** The run's wall-clock time ran out. */
    TIMEOUT,
    /** The model could not be reached or kept failing. */
    MODEL_ERROR,
    /** Typed output was requested and the model's JSON stayed invalid after one repair attempt. */
    INVALID_OUTPUT,
    /** The calling thread was interrupted. */
    CANCELLED
}
