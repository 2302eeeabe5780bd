package dev.praxis.mcp.server;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.praxis.agent.Agent;
import dev.praxis.tool.Tool;
import dev.praxis.tool.ToolBox;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import io.modelcontextprotocol.spec.McpStreamableServerTransportProvider;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Praxis tools and agents as an MCP server. Every tool is listed with its full JSON schema and annotations from
 * its side effect; every agent is one tool {@code ask_<agent>}. Calls are checked by a {@link ToolBox} exactly as
 * in-process, and side-effecting ones pass the {@link ApprovalMode} gate.
 *
 * <pre>{@code
 * PraxisMcpServer server = PraxisMcpServer.builder().tools(FinancePack.tools()).build();
 * try (McpEndpoint endpoint = server.serveHttp(HttpOptions.loopback(8765, token))) {
 *     endpoint.awaitStop();
 * }
 * }</pre>
 */
public final class PraxisMcpServer {

    private final ToolBox box;
    private final ApprovalMode approval;
    private final String name;
    private final String version;

    private PraxisMcpServer(Builder builder) {
        this.box = ToolBox.of(builder.tools);
        this.approval = builder.approval;
        this.name = builder.name;
        this.version = builder.version;
    }

    /**
     * A builder; add tools or agents, then {@link Builder#build()}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The names of the tools served, agents' {@code ask_} tools included, in listing order.
     *
     * @return the tool names
     */
    public List<String> toolNames() {
        return box.tools().stream().map(Tool::name).toList();
    }

    /**
     * Serves one client over {@code in} and {@code out} (a desktop client's stdio): nothing but protocol messages
     * is written to {@code out}. The endpoint stops when {@code in} ends.
     *
     * @param in the client's messages
     * @param out where the server's messages go
     * @return the running endpoint
     */
    public McpEndpoint serveStdio(InputStream in, OutputStream out) {
        return StdioEndpoint.start(this, in, out);
    }

    /**
     * Serves streamable HTTP at {@code http://host:port/mcp}, behind the bearer token and Origin check.
     *
     * @param options the address, port, token and allowed origins
     * @return the running endpoint
     */
    public McpEndpoint serveHttp(HttpOptions options) {
        return HttpEndpoint.start(this, options);
    }

    McpSyncServer build(McpServerTransportProvider transport) {
        return configure(McpServer.sync(transport).jsonMapper(JSON)).build();
    }

    McpSyncServer build(McpStreamableServerTransportProvider transport) {
        return configure(McpServer.sync(transport).jsonMapper(JSON)).build();
    }

    private <S extends McpServer.SyncSpecification<S>> McpServer.SyncSpecification<S> configure(
            McpServer.SyncSpecification<S> spec) {
        ToolCalls calls = new ToolCalls(box, new ApprovalGate(approval), OBJECTS);
        List<SyncToolSpecification> tools = box.tools().stream().map(tool -> SyncToolSpecification.builder()
                .tool(describe(tool)).callHandler(calls::call).build()).toList();
        // The SDK's own input validation stays off: ToolBox checks every call, with Praxis's messages.
        return spec.serverInfo(name, version)
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
                .validateToolInputs(false)
                .tools(tools);
    }

    @SuppressWarnings("unchecked")
    static McpSchema.Tool describe(Tool tool) {
        return McpSchema.Tool.builder(tool.name(), OBJECTS.convertValue(tool.spec().jsonSchema(), Map.class))
                .description(tool.spec().description())
                .annotations(ToolAnnotationsMapping.of(tool.spec().sideEffect())).build();
    }

    // Duplicate keys in a message are refused, not resolved to the last one: a call means one thing.
    static final ObjectMapper OBJECTS = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    static final McpJsonMapper JSON = new JacksonMcpJsonMapper(OBJECTS);

    /** Options of a {@link PraxisMcpServer}. */
    public static final class Builder {

        private final List<Tool> tools = new ArrayList<>();
        private ApprovalMode approval = ApprovalMode.DENY;
        private String name = "praxis";
        private String version = "0.1.0";

        private Builder() {
        }

        /**
         * Tools to serve, each under its own name.
         *
         * @param more the tools to add
         * @return this builder
         */
        public Builder tools(Collection<? extends Tool> more) {
            tools.addAll(more);
            return this;
        }

        /**
         * Serves {@code agent} as the tool {@code ask_<name>}, described by {@code description}.
         *
         * @param agent the agent to serve
         * @param description what the client's model reads about when to ask it
         * @return this builder
         */
        public Builder agent(Agent agent, String description) {
            tools.add(AgentTools.of(Objects.requireNonNull(agent, "agent"), description));
            return this;
        }

        /**
         * Who approves irreversible calls; {@link ApprovalMode#DENY} by default.
         *
         * @param mode the approval mode
         * @return this builder
         */
        public Builder approval(ApprovalMode mode) {
            this.approval = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /**
         * The name and version the server reports to clients ({@code praxis}, {@code 0.1.0} by default).
         *
         * @param name the server's name
         * @param version the server's version
         * @return this builder
         */
        public Builder serverInfo(String name, String version) {
            this.name = Objects.requireNonNull(name, "name");
            this.version = Objects.requireNonNull(version, "version");
            return this;
        }

        /**
         * The server; throws when two tools share a name or nothing would be served.
         *
         * @return the server
         */
        public PraxisMcpServer build() {
            if (tools.isEmpty()) {
                throw new IllegalArgumentException("an MCP server needs at least one tool or agent to serve");
            }
            return new PraxisMcpServer(this);
        }
    }
}
