package dev.praxis.mcp.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.json.PraxisJson;
import dev.praxis.tool.SideEffect;
import dev.praxis.tool.Tool;
import dev.praxis.tool.ToolContext;
import dev.praxis.tool.ToolSpec;
import io.modelcontextprotocol.spec.McpSchema;

import java.util.List;
import java.util.Map;

/** One tool of an MCP server as a Praxis tool: namespaced name, the server's schema, side effect from annotations. */
final class RemoteTool implements Tool {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    /**
     * The longest server description passed on to the model. A description is the server's text in every prompt
     * of the agent; past this it costs context and is more room for instructions the agent should not follow.
     */
    static final int MAX_DESCRIPTION_CHARS = 1000;
    static final String CLIPPED = " (clipped)";

    private final String server;
    private final String remoteName;
    private final ToolSpec spec;
    private final InputSchema schema;
    private final Connection connection;

    private RemoteTool(String server, String remoteName, ToolSpec spec, InputSchema schema, Connection connection) {
        this.server = server;
        this.remoteName = remoteName;
        this.spec = spec;
        this.schema = schema;
        this.connection = connection;
    }

    static RemoteTool of(String server, McpSchema.Tool tool, Connection connection) {
        String name = ToolNames.of(server, tool.name());
        InputSchema schema = InputSchema.of(tool.name(), tool.inputSchema());
        String description = tool.description() == null || tool.description().isBlank()
                ? (tool.title() == null || tool.title().isBlank() ? "Tool " + tool.name() : tool.title())
                : tool.description();
        ToolSpec spec = ToolSpec.of(name, clip(description), schema.parameters(), SideEffects.of(tool.annotations()));
        return new RemoteTool(server, tool.name(), spec, schema, connection);
    }

    static String clip(String description) {
        return description.length() <= MAX_DESCRIPTION_CHARS ? description
                : description.substring(0, MAX_DESCRIPTION_CHARS) + CLIPPED;
    }

    @Override
    public ToolSpec spec() {
        return spec;
    }

    /** The server's schema checks every call before approval, and so before anything is sent. */
    @Override
    public List<String> argumentProblems(JsonNode arguments) {
        return schema.problems(arguments);
    }

    @Override
    public Object execute(JsonNode arguments, ToolContext context) {
        // The toolbox has checked the arguments; this guards a direct call that skipped it.
        List<String> problems = schema.problems(arguments);
        if (!problems.isEmpty()) {
            throw new dev.praxis.tool.ToolArgumentException(spec.name(), problems);
        }
        Map<String, Object> args = PraxisJson.mapper().convertValue(arguments, MAP);
        return CallResults.data(spec.name(), connection.call(spec.name(), remoteName, args,
                spec.sideEffect() == SideEffect.READ_ONLY));
    }

    /** The tool's name on its server, e.g. {@code get-sum}. */
    String remoteName() {
        return remoteName;
    }

    @Override
    public String toString() {
        return "MCP tool '" + remoteName + "' of server '" + server + "'";
    }
}
