package dev.praxis.examples.cli;

/**
 * The command line's exit codes, a documented contract for scripts.
 *
 * <table>
 * <caption>exit codes</caption>
 * <tr><td>0</td><td>success</td></tr>
 * <tr><td>1</td><td>unexpected internal error (rerun with {@code --verbose} for the trace)</td></tr>
 * <tr><td>2</td><td>bad input: unknown command, option, agent or tool, invalid JSON arguments, a tool that rejected them</td></tr>
 * <tr><td>3</td><td>model unreachable or refused: connection refused, unknown model, bad key</td></tr>
 * <tr><td>4</td><td>the agent stopped before finishing (a limit or timeout); the partial record is still printed</td></tr>
 * <tr><td>5</td><td>{@code tools call} of a side-effecting tool that was not approved; nothing was done</td></tr>
 * <tr><td>6</td><td>session busy: another process kept the {@code --session} for longer than {@code --session-wait};
 * nothing of the turn ran or was stored, so it may simply be retried</td></tr>
 * </table>
 */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int INTERNAL = 1;
    public static final int BAD_INPUT = 2;
    public static final int MODEL_UNREACHABLE = 3;
    public static final int INCOMPLETE = 4;
    public static final int DENIED = 5;
    public static final int SESSION_BUSY = 6;

    private ExitCodes() {
    }
}
