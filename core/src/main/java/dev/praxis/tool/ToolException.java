package dev.praxis.tool;

import dev.praxis.PraxisException;

/**
 * A failure a tool reports to the model in plain words: an unknown symbol, an empty cart, a refund above the
 * refundable balance. The message is what the model reads, so name the parameter and the expected value.
 */
public class ToolException extends PraxisException {

    public ToolException(String message) {
        super(message);
    }

    public ToolException(String message, Throwable cause) {
        super(message, cause);
    }
}
