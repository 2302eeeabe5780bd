package dev.praxis.tool;

import dev.praxis.PraxisException;

/**
 * A failure a tool reports to the model in plain words: an unknown symbol, an empty cart, a refund above the
 * refundable balance. The message is what the model reads, so name the parameter and the expected value.
 */
public class ToolException extends PraxisException {

    /**
     * An error the model reads as the tool's result.
     *
     * @param message what went wrong, for the model
     */
    public ToolException(String message) {
        super(message);
    }

    /**
     * An error the model reads as the tool's result, with its cause (not shown to the model).
     *
     * @param message what went wrong, for the model
     * @param cause the underlying error
     */
    public ToolException(String message, Throwable cause) {
        super(message, cause);
    }
}
