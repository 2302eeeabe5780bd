package dev.praxis.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.praxis.agent.RunRecord;
import dev.praxis.agent.StopReason;
import dev.praxis.approval.PendingApproval;
import dev.praxis.json.PraxisJson;

import org.jspecify.annotations.Nullable;

/**
 * The OpenAI wire objects the server answers with ({@code chat.completion}, {@code chat.completion.chunk}), with
 * the run under the extension field {@code praxis}. Tool calls the agent made are never written as
 * {@code tool_calls}: the agent ran them, so an OpenAI client has nothing to execute.
 */
final class Replies {

    /** The finish reason of a turn that stopped for a person's approval (OpenAI clients pass unknown values on). */
    static final String APPROVAL_REQUIRED = "approval_required";

    private Replies() {
    }

    static String finishReason(RunRecord record) {
        return record.stopReason() == StopReason.AWAITING_APPROVAL ? APPROVAL_REQUIRED : "stop";
    }

    /** The text the client sees: the answer, and for a pending approval the summary a person decides on. */
    static String content(RunRecord record) {
        return record.pendingApproval().map(pending -> record.answer() + "\n\n" + pending.request().summary().text()
                + "\nApproval id: " + pending.id()).orElse(record.answer());
    }

    static ObjectNode completion(String model, RunRecord record, SessionRef session) {
        ObjectNode root = head("chat.completion", "chatcmpl-" + record.runId(), model);
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode message = choice.putObject("message");
        message.put("role", "assistant");
        message.put("content", content(record));
        choice.put("finish_reason", finishReason(record));
        ObjectNode usage = root.putObject("usage");
        usage.put("prompt_tokens", record.usage().inputTokens());
        usage.put("completion_tokens", record.usage().outputTokens());
        usage.put("total_tokens", record.usage().totalTokens());
        root.set("praxis", praxis(record, session));
        return root;
    }

    static ObjectNode chunk(String id, String model, ObjectNode delta, @Nullable String finishReason) {
        ObjectNode root = head("chat.completion.chunk", id, model);
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        choice.set("delta", delta);
        if (finishReason == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finishReason);
        }
        return root;
    }

    /**
     * A tool step as a chunk OpenAI clients pass over: an empty {@code delta}, no finish reason, and the step under
     * {@code praxis}. Only the tool's name and outcome, never its arguments or result (they may hold personal data).
     */
    static ObjectNode toolChunk(String id, String model, ToolActivity.Step step) {
        ObjectNode chunk = chunk(id, model, PraxisJson.objectNode(), null);
        ObjectNode praxis = chunk.putObject("praxis");
        praxis.put("event", step.event());
        praxis.put("tool", step.tool());
        if (step.outcome() == null) {
            praxis.putNull("outcome");
        } else {
            praxis.put("outcome", step.outcome());
        }
        return chunk;
    }

    static ObjectNode praxis(RunRecord record, SessionRef session) {
        ObjectNode praxis = PraxisJson.objectNode();
        praxis.put("session", session.name());
        praxis.put("stop_reason", record.stopReason().name());
        record.pendingApproval().ifPresentOrElse(pending -> praxis.set("approval", approval(pending, session)),
                () -> praxis.putNull("approval"));
        praxis.set("run", PraxisJson.tree(record));
        return praxis;
    }

    static ObjectNode approval(PendingApproval pending, SessionRef session) {
        ObjectNode approval = PraxisJson.objectNode();
        approval.put("id", pending.id());
        approval.put("status", pending.status().name().toLowerCase(java.util.Locale.ROOT));
        approval.put("model", session.agent());
        approval.put("session", session.name());
        approval.put("tool", pending.toolName());
        approval.put("title", pending.request().summary().title());
        ArrayNode details = approval.putArray("details");
        pending.request().summary().details().forEach(details::add);
        approval.put("summary", pending.request().summary().text());
        approval.put("expires_at", pending.expiresAt().toString());
        return approval;
    }

    static ObjectNode model(ServedAgent agent, long created) {
        ObjectNode model = PraxisJson.objectNode();
        model.put("id", agent.name());
        model.put("object", "model");
        model.put("created", created);
        model.put("owned_by", "praxis");
        model.put("description", agent.description());
        return model;
    }

    private static ObjectNode head(String object, String id, String model) {
        ObjectNode root = PraxisJson.objectNode();
        root.put("id", id);
        root.put("object", object);
        root.put("created", System.currentTimeMillis() / 1000);
        root.put("model", model);
        return root;
    }
}
