package dev.praxis.mcp.server;

import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import dev.praxis.agent.Agent;
import dev.praxis.agent.RunRecord;
import dev.praxis.agent.RunRequest;
import dev.praxis.json.PraxisJson;
import dev.praxis.tool.SideEffect;
import dev.praxis.tool.Tool;
import dev.praxis.tool.ToolSpec;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An agent as one MCP tool, {@code ask_<agent>}: a message in, the answer and the run record out. It is
 * {@link SideEffect#REVERSIBLE} (a turn is added to the session's conversation); the agent's own side-effecting
 * tools still pass the agent's own approval handler.
 */
final class AgentTools {

    private AgentTools() {
    }

    static String toolName(Agent agent) {
        return "ask_" + agent.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    static Tool of(Agent agent, String description) {
        ToolSpec spec = ToolSpec.of(toolName(agent), "Ask the " + agent.name() + " agent (" + description + "). "
                + "Returns its answer and its run record (model calls, tool calls, stop reason) as JSON.",
                JsonObjectSchema.builder().addProperty("message", JsonStringSchema.builder()
                        .description("What to ask, in full").build()).required("message").build(),
                SideEffect.REVERSIBLE);
        return Tool.of(spec, (arguments, context) -> {
            RunRecord record = agent.run(RunRequest.of(context.sessionId(), arguments.path("message").asText())
                    .withUser(context.userId()));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("answer", record.answer());
            out.put("stop_reason", record.stopReason().name());
            out.put("run_record", PraxisJson.mapper().readTree(record.toJson()));
            return out;
        });
    }
}
