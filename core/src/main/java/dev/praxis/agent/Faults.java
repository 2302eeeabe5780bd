package dev.praxis.agent;

import java.util.ConcurrentModificationException;

/**
 * Tells bugs from failures. A bug (a NullPointerException in a tool, a ClassCastException in a model adapter, an
 * AssertionError) ends the run with {@link StopReason#INTERNAL_ERROR} and is logged with its stack trace; a
 * failure (the server refused, the input was wrong, the network broke) is reported to the model or as a model
 * error. The list is of exception types that only ever mean a programming error.
 */
final class Faults {

    private Faults() {
    }

    static boolean isBug(Throwable error) {
        return error instanceof NullPointerException
                || error instanceof ClassCastException
                || error instanceof IndexOutOfBoundsException
                || error instanceof ArrayStoreException
                || error instanceof NegativeArraySizeException
                || error instanceof IllegalMonitorStateException
                || error instanceof UnsupportedOperationException
                || error instanceof ConcurrentModificationException
                || error instanceof Error && !(error instanceof VirtualMachineError);
    }

    /** The exception's message, or its class name when it has none. */
    static String describe(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName()
                : error.getClass().getSimpleName() + ": " + message;
    }

    /** A bug, carried out of a chain to the run, which stops with {@link StopReason#INTERNAL_ERROR}. */
    static final class InternalFault extends RuntimeException {
        private static final long serialVersionUID = 1L;
        /** What the failed tool call is recorded as; null for faults outside a tool. */
        final transient dev.praxis.tool.ToolResult recorded;

        InternalFault(String where, Throwable cause) {
            this(where, cause, null);
        }

        InternalFault(String where, Throwable cause, dev.praxis.tool.ToolResult recorded) {
            super(where + ": " + describe(cause), cause);
            this.recorded = recorded;
        }
    }

    /** A model call that ended the run (unreachable, refused, timed out, cancelled). */
    static final class ModelCallFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient StopReason reason;

        ModelCallFailed(StopReason reason, String message) {
            super(message, null, false, false);
            this.reason = reason;
        }
    }
}
