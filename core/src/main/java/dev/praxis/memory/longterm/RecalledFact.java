package dev.praxis.memory.longterm;

import java.util.Objects;

/** A fact returned by {@link LongTermMemory#recall}, with its relevance to the query (0 to 1, higher is closer). */
public record RecalledFact(Fact fact, double score) {

    /**
     * Checks that the fact is present.
     *
     * @param fact the fact
     * @param score its relevance to the query, 0 to 1
     */
    public RecalledFact {
        Objects.requireNonNull(fact, "fact");
    }
}
