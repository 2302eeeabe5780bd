package dev.praxis.mcp.server;

/**
 * Who approves an irreversible tool call that arrives over MCP. Reversible calls (a cart line) run in every mode,
 * as in the command line, since they can be undone; read-only calls never reach the gate.
 */
public enum ApprovalMode {
    /** Irreversible calls are refused and nothing is done: the default, since nobody is asked. */
    DENY,
    /** Irreversible calls run: for trusted clients and tests only. */
    ALLOW,
    /**
     * The MCP client is asked by elicitation (a form with the call's summary and an approve box) when it declared
     * the elicitation capability; a client that did not is refused, as with {@link #DENY}.
     */
    ELICIT
}
