package dev.praxis.ecommerce.order;

import dev.praxis.tool.ToolException;

/** An order was asked to move to a status its current status does not lead to. */
public final class IllegalTransitionException extends ToolException {

    /**
     * A refused transition described by {@code message}.
     *
     * @param message the two statuses and the legal next ones
     */
    public IllegalTransitionException(String message) {
        super(message);
    }
}
