package dev.praxis.agent;

import dev.praxis.approval.PendingApproval;
import dev.praxis.memory.ConversationMemory;
import dev.praxis.memory.StateKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pending approvals of each session: in the session's state when the memory stores state (so another
 * process can decide them), otherwise in the agent. Read and written only while the session is held.
 */
final class PendingApprovals {

    /** The stored form: every approval of the session, decided ones kept so a second decision is refused. */
    record Stored(List<PendingApproval> approvals) {
    }

    private static final StateKey<Stored> KEY = new StateKey<>("praxis.approvals", Stored.class);
    /** Approvals kept before they are dropped, oldest first, so state stays small. */
    private static final int KEEP = 200;

    private final ConversationMemory memory;
    private final Map<String, Stored> here = new ConcurrentHashMap<>();

    PendingApprovals(ConversationMemory memory) {
        this.memory = memory;
    }

    List<PendingApproval> all(String sessionId) {
        try {
            return memory.state(sessionId).get(KEY).map(Stored::approvals).orElse(List.of());
        } catch (UnsupportedOperationException e) {
            Stored stored = here.get(sessionId);
            return stored == null ? List.of() : stored.approvals();
        }
    }

    Optional<PendingApproval> find(String sessionId, String id) {
        return all(sessionId).stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** Adds or replaces (by id) an approval. */
    void save(String sessionId, PendingApproval approval) {
        List<PendingApproval> approvals = new ArrayList<>(all(sessionId));
        approvals.removeIf(a -> a.id().equals(approval.id()));
        approvals.add(approval);
        while (approvals.size() > KEEP) {
            approvals.remove(0);
        }
        Stored stored = new Stored(List.copyOf(approvals));
        try {
            memory.state(sessionId).put(KEY, stored);
        } catch (UnsupportedOperationException e) {
            here.put(sessionId, stored);
        }
    }
}
