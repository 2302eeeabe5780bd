package dev.praxis.memory.longterm;

import java.time.Instant;
import java.util.Objects;

/** One remembered fact about a user, e.g. {@code "risk tolerance: low"}, with its id and when it was learned. */
public record Fact(String id, String userId, String text, Instant createdAt) {

    /**
     * Checks that every component is present.
     *
     * @param id the fact's id, {@code fact-...}
     * @param userId the user it is about
     * @param text the fact
     * @param createdAt when it was learned
     */
    public Fact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
