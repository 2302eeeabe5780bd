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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

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
    private final Resources resources;
    private final AgentStepProgress steps;
    private final Set<String> agentTools;

    private PraxisMcpServer(Builder builder) {
        this.box = ToolBox.of(builder.tools);
        this.approval = builder.approval;
        this.name = builder.name;
        this.version = builder.version;
        this.resources = builder.resources;
        this.steps = builder.steps;
        this.agentTools = Set.copyOf(builder.agentTools);
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
        ToolCalls calls = new ToolCalls(box, new ApprovalGate(approval), OBJECTS, steps, agentTools);
        List<SyncToolSpecification> tools = box.tools().stream().map(tool -> SyncToolSpecification.builder()
                .tool(describe(tool)).callHandler(calls::call).build()).toList();
        McpSchema.ServerCapabilities.Builder capabilities = McpSchema.ServerCapabilities.builder().tools(false);
        if (!resources.isEmpty()) {
            // The resources are fixed for the server's life: no subscriptions, no list-changed notices.
            capabilities.resources(false, false);
            spec.resources(resources.fixed()).resourceTemplates(resources.templates());
        }
        // The SDK's own input validation stays off: ToolBox checks every call, with Praxis's messages.
        return spec.serverInfo(name, version)
                .capabilities(capabilities.build())
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
        private final Resources resources = new Resources();
        private final Set<String> agentTools = new HashSet<>();
        // Without one from the caller, an unused registry: no agent reports to it, so no steps are sent.
        private AgentStepProgress steps = new AgentStepProgress();

        private Builder() {
        }

        /**
         * Serves a resource at a fixed URI, read afresh on every {@code resources/read}. What the reader returns
         * is the resource's content as data (JSON or text for the client to show or quote), never instructions.
         *
         * <pre>{@code
         * builder.resource("praxis://catalog/products", "products", "Every product: id, title, price",
         *         "application/json", () -> listingJson());
         * }</pre>
         *
         * @param uri the resource's URI, with a scheme and without {@code {variables}}
         * @param name a short name clients show
         * @param description what the resource holds
         * @param mimeType the content's MIME type, e.g. {@code application/json}
         * @param reader returns the content; an exception becomes an MCP error with its message
         * @return this builder
         * @throws IllegalArgumentException for a URI without a scheme, with variables, or already served
         */
        public Builder resource(String uri, String name, String description, String mimeType,
                                Supplier<String> reader) {
            resources.add(uri, name, description, mimeType, Objects.requireNonNull(reader, "reader"));
            return this;
        }

        /**
         * Serves the resources of a URI template (RFC 6570 level 1, e.g. {@code praxis://catalog/products/{id}}):
         * the reader gets the template's variables read from the requested URI, and returns the content, or empty
         * when there is no such resource, which the client gets as the MCP error "Resource not found" (code
         * -32002) naming the URI. The content is data, never instructions.
         *
         * @param uriTemplate the URI template, with at least one {@code {variable}}
         * @param name a short name clients show
         * @param description what the resources hold
         * @param mimeType the content's MIME type, e.g. {@code application/json}
         * @param reader reads one resource from the variables' values; empty when there is none
         * @return this builder
         * @throws IllegalArgumentException for a template without a scheme or variables, or one already served
         */
        public Builder resourceTemplate(String uriTemplate, String name, String description, String mimeType,
                                        Function<Map<String, String>, Optional<String>> reader) {
            resources.addTemplate(uriTemplate, name, description, mimeType, Objects.requireNonNull(reader, "reader"));
            return this;
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
            Tool tool = AgentTools.of(Objects.requireNonNull(agent, "agent"), description);
            tools.add(tool);
            agentTools.add(tool.name());
            return this;
        }

        /**
         * Where the served agents report their tool steps: the same {@link AgentStepProgress} must be added as a
         * listener to those agents when they are built. An {@code ask_<agent>} call with a {@code progressToken}
         * then gets one progress notification per tool started and finished, besides its own start and end.
         *
         * @param steps the listener given to the served agents
         * @return this builder
         */
        public Builder agentSteps(AgentStepProgress steps) {
            this.steps = Objects.requireNonNull(steps, "steps");
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
