package dev.praxis.examples.agents;

import dev.praxis.ecommerce.support.HandoffDesk;
import dev.praxis.ecommerce.support.Ticket;
import dev.praxis.tool.Param;
import dev.praxis.tool.SideEffect;
import dev.praxis.tool.ToolContext;
import dev.praxis.tool.ToolFunction;

/**
 * The support desk's own {@code handoff_to_human}: a person asked for a person, or neither specialist fits. It opens
 * a ticket on a {@link HandoffDesk}; reversible, so it passes the approval gate like any other write.
 */
public final class HumanHandoff {

    private final HandoffDesk desk;

    /** A handoff that queues its tickets on {@code desk}. */
    public HumanHandoff(HandoffDesk desk) {
        this.desk = desk;
    }

    /** Opens a ticket for a human agent with the reason given. */
    @ToolFunction(name = "handoff_to_human", description = "Hand the conversation to a human agent: when the person "
            + "asks to speak to a human, a person, an agent or a manager, or wants to complain.",
            sideEffect = SideEffect.REVERSIBLE)
    public Ticket handoffToHuman(ToolContext context, @Param("Why a human is needed, in the person's words")
            String reason) {
        return desk.open(context.userId(), reason, reason, null);
    }
}
