package dev.praxis.ecommerce.support;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** Queues tickets for human agents (in memory); a real store forwards them to its help desk. */
public final class HandoffDesk {

    private static final Set<String> PRIORITIES = Set.of("low", "normal", "urgent");

    private final Clock clock;
    private final List<Ticket> tickets = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    /**
     * A desk stamping tickets with {@code clock}.
     *
     * @param clock the time source for ticket timestamps
     */
    public HandoffDesk(Clock clock) {
        this.clock = clock;
    }

    /**
     * Opens a ticket.
     *
     * @param owner the session that asked for a person
     * @param reason why a person is needed
     * @param summary what happened so far, for the person
     * @param priority how urgent it is
     * @return the new ticket
     */
    public Ticket open(String owner, String reason, String summary, String priority) {
        String p = priority == null ? "normal" : priority.trim().toLowerCase(java.util.Locale.ROOT);
        if (!PRIORITIES.contains(p)) {
            throw new dev.praxis.tool.ToolException("priority must be one of " + PRIORITIES + ", got " + priority);
        }
        Ticket ticket = new Ticket("T" + ids.incrementAndGet(), owner, reason, summary, p, clock.instant());
        tickets.add(ticket);
        return ticket;
    }

    /**
     * Every ticket opened, oldest first.
     *
     * @return the tickets
     */
    public List<Ticket> tickets() {
        return List.copyOf(tickets);
    }
}
