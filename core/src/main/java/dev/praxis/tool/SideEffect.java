package dev.praxis.tool;

/**
 * What running a tool does to the world. The agent asks the approval handler before every call that is not
 * {@link #READ_ONLY}; {@link #IRREVERSIBLE} calls are denied unless a handler approves them.
 */
public enum SideEffect {
    /** Looks things up or computes; running it twice changes nothing. */
    READ_ONLY,
    /** Changes state that can be undone (a cart line, a draft). */
    REVERSIBLE,
    /** Changes state that cannot be undone (placing an order, a refund, a trade). */
    IRREVERSIBLE
}
