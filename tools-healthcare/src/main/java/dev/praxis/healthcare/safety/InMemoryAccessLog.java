package dev.praxis.healthcare.safety;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An access log kept in memory, for tests and for showing a session's reads; thread-safe. */
public final class InMemoryAccessLog implements AccessLog {

    private final List<AccessEntry> entries = new CopyOnWriteArrayList<>();

    /** An empty log. */
    public InMemoryAccessLog() {
    }

    @Override
    public void record(AccessEntry entry) {
        entries.add(entry);
    }

    /**
     * Every entry so far, in the order written.
     *
     * @return a copy of the entries
     */
    public List<AccessEntry> entries() {
        return List.copyOf(entries);
    }
}
