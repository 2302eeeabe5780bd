package dev.praxis.serve;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sessions each user has used through this server, so {@code GET /v1/approvals} and
 * {@code POST /v1/approvals/{id}} look only at the caller's own. In memory: after a restart a session joins the
 * index again with its next chat request (its history and approvals themselves are in the agents' store).
 */
final class Sessions {

    private final Map<String, Set<SessionRef>> byUser = new ConcurrentHashMap<>();

    void touch(SessionRef session) {
        byUser.computeIfAbsent(session.user(), user -> ConcurrentHashMap.newKeySet()).add(session);
    }

    List<SessionRef> of(String user) {
        return List.copyOf(byUser.getOrDefault(user, Set.of()));
    }
}
