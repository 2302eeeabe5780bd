package dev.praxis.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.praxis.agent.Agent;
import dev.praxis.approval.ApprovalDecision;
import dev.praxis.approval.PendingApproval;
import dev.praxis.json.PraxisJson;

import java.util.Map;
import java.util.Optional;

/**
 * The caller's approvals: listing the pending ones and deciding one. An approval is looked up only among the
 * caller's own sessions, so another user's approval id is simply not found (404): its existence is not revealed.
 */
final class Approvals {

    /** The reason goes to the model and the record: a sentence, not a document. */
    static final int MAX_REASON_CHARS = 500;

    private final Map<String, ServedAgent> agents;
    private final Sessions sessions;

    Approvals(Map<String, ServedAgent> agents, Sessions sessions) {
        this.agents = agents;
        this.sessions = sessions;
    }

    ObjectNode listPending(String user) {
        ObjectNode list = PraxisJson.objectNode().put("object", "list");
        ArrayNode data = list.putArray("data");
        for (SessionRef session : sessions.of(user)) {
            agent(session).approvals(session.id()).stream()
                    .filter(pending -> pending.status() == PendingApproval.Status.PENDING)
                    .forEach(pending -> data.add(Replies.approval(pending, session)));
        }
        return list;
    }

    /** The session holding the caller's approval {@code id}. */
    SessionRef find(String user, String id) {
        for (SessionRef session : sessions.of(user)) {
            Optional<PendingApproval> found = agent(session).approvals(session.id()).stream()
                    .filter(pending -> pending.id().equals(id)).findFirst();
            if (found.isPresent()) {
                return session;
            }
        }
        throw ApiError.notFound("approval_not_found", "no approval '" + id + "' among your sessions");
    }

    static ApprovalDecision decision(JsonNode body, String user) {
        for (java.util.Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("decision") && !name.equals("stream") && !name.equals("reason")) {
                throw ApiError.badRequest("unknown field '" + name + "'; expected decision, reason, stream");
            }
        }
        String reason = body.path("reason").isTextual() ? body.get("reason").asText() : "";
        if (reason.length() > MAX_REASON_CHARS) {
            throw ApiError.badRequest("'reason' is longer than " + MAX_REASON_CHARS + " characters");
        }
        String why = reason.isBlank() ? "by " + user + " over HTTP" : reason;
        return switch (body.path("decision").asText("")) {
            case "approve" -> ApprovalDecision.approve("approved " + why);
            case "deny" -> ApprovalDecision.deny("denied " + why);
            default -> throw ApiError.badRequest("'decision' must be \"approve\" or \"deny\"");
        };
    }

    Agent agent(SessionRef session) {
        return agents.get(session.agent()).agent();
    }
}
