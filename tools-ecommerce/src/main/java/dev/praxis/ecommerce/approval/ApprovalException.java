package dev.praxis.ecommerce.approval;

import dev.praxis.tool.ToolException;

/** An approval token or idempotency key was refused; the message says why and what to do instead. */
public final class ApprovalException extends ToolException {

    /**
     * An approval refused for the reason {@code message} gives.
     *
     * @param message what was refused and what to do instead
     */
    public ApprovalException(String message) {
        super(message);
    }
}
