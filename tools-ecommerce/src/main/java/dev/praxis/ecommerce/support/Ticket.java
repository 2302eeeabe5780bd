package dev.praxis.ecommerce.support;

import dev.praxis.tool.UntrustedText;

import java.time.Instant;

/**
 * A request for a human agent.
 *
 * @param ticketId id, e.g. {@code T1}
 * @param owner    person (user id) the ticket is for
 * @param reason   why a human is needed
 * @param summary  what happened so far, for the human
 * @param priority {@code low}, {@code normal} or {@code urgent}
 * @param openedAt when
 */
public record Ticket(String ticketId, String owner, String reason, String summary, String priority, Instant openedAt) {

    /**
     * Cleans the model-written reason and summary.
     *
     * @param ticketId id, e.g. {@code T1}
     * @param owner person (user id) the ticket is for
     * @param reason why a human is needed
     * @param summary what happened so far, for the human
     * @param priority {@code low}, {@code normal} or {@code urgent}
     * @param openedAt when
     */
    public Ticket {
        // Model-written text that may quote untrusted data, shown back to models.
        reason = UntrustedText.cleanOrNull(reason);
        summary = UntrustedText.cleanOrNull(summary);
    }
}
