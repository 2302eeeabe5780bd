package dev.praxis.agent;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import dev.praxis.tool.SideEffect;
import dev.praxis.tool.Tool;
import dev.praxis.tool.ToolContext;
import dev.praxis.tool.ToolResult;
import dev.praxis.tool.ToolSpec;

import java.util.Map;

/**
 * An agent used as a tool of another agent (delegation to a specialist). Inside a run, the specialist works in
 * the caller's session (so session-scoped tools such as carts are shared), keeps its own thread of conversation
 * in memory, and spends the caller's limits; its model and tool calls appear in the caller's run record. Its own
 * side-effecting tools still pass its own approval gate.
 */
final class AgentTool implements Tool {

    private final Agent specialist;
    private final ToolSpec spec;

    AgentTool(Agent specialist, String name, String description) {
        this.specialist = specialist;
        this.spec = ToolSpec.of(name, description, JsonObjectSchema.builder()
                .addProperty("request", JsonStringSchema.builder()
                        .description("What the specialist should do, in full: it does not see this conversation")
                        .build())
                .required("request").build(), SideEffect.READ_ONLY);
    }

    @Override
    public ToolSpec spec() {
        return spec;
    }

    /** Outside a run (e.g. a direct tool call): a run of its own in the given session. */
    @Override
    public Object execute(JsonNode arguments, ToolContext context) {
        RunRecord record = specialist.run(RunRequest.of(context.sessionId(), arguments.path("request").asText())
                .withUser(context.userId()));
        return answer(record.answer(), record.stopReason());
    }

    /** Inside a run: a nested run sharing the caller's session, limits and record. */
    ToolResult delegate(JsonNode arguments, ToolContext caller, RunContext context, Turn callerTurn) {
        RunRequest request = RunRequest.of(caller.sessionId(), arguments.path("request").asText()).withUser(caller.userId());
        Run.Outcome outcome = specialist.runWithin(request, context,
                callerTurn.delegate(caller.callId(), specialist.name()));
        if (outcome.stopReason() == StopReason.COMPLETED) {
            return ToolResult.ok(answer(outcome.answer(), outcome.stopReason()));
        }
        return ToolResult.error(specialist.name() + " did not finish (" + outcome.stopReason() + "): " + outcome.answer());
    }

    private Map<String, String> answer(String answer, StopReason reason) {
        return Map.of("agent", specialist.name(), "answer", answer, "stop_reason", reason.name());
    }
}
