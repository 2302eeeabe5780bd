package dev.praxis.mcp.client;

import dev.praxis.tool.Tool;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;

import org.jspecify.annotations.Nullable;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The tools of one MCP server, as Praxis tools an agent can take ({@code Agent.builder().tools(source.tools())}).
 *
 * <p>Each tool is named {@code <server>_<tool in snake_case>} ({@code everything_get_sum}), so it cannot collide
 * with a local tool or another server's; a collision that remains is refused when the toolbox is built. Its side
 * effect comes from the server's annotations, with no annotation meaning irreversible (see {@link SideEffects}), so
 * the agent's approval handler decides as for local tools. Arguments are checked against the server's input schema
 * before approval and before anything is sent; a call has a timeout and survives one dropped transport (see
 * {@link McpClientOptions}). Results are data ({@code content} and {@code structured_content}); a result with
 * {@code isError} is a tool error.
 *
 * <p>The source owns its connection (and, for stdio, the server process): close it when the agent is done. The
 * tool list is read once, at connection.
 */
public final class McpToolSource implements AutoCloseable {

    static final McpJsonMapper JSON = new JacksonMcpJsonMapper(new com.fasterxml.jackson.databind.ObjectMapper());

    private final String name;
    private final Connection connection;
    private final List<Tool> tools;

    McpToolSource(String name, Supplier<McpClientTransport> transports, McpClientOptions options) {
        this.name = ToolNames.server(name);
        this.connection = new Connection(name, transports, options);
        try {
            this.tools = remoteTools(name, connection);
        } catch (RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private static List<Tool> remoteTools(String server, Connection connection) {
        List<Tool> tools = new ArrayList<>();
        Map<String, String> byPraxisName = new HashMap<>();
        for (McpSchema.Tool tool : connection.listTools()) {
            RemoteTool remote = RemoteTool.of(server, tool, connection);
            String before = byPraxisName.putIfAbsent(remote.name(), tool.name());
            if (before != null) {
                throw new IllegalArgumentException("MCP server '" + server + "' has tools '" + before + "' and '"
                        + tool.name() + "' that both become '" + remote.name() + "'");
            }
            tools.add(remote);
        }
        return List.copyOf(tools);
    }

    /**
     * Starts {@code command} (program and arguments, e.g. {@code node server.js /data}) and speaks MCP over its
     * stdin and stdout; its stderr goes to the log at debug level, and its last lines into the error when it
     * cannot start or exits while connecting (which fails at once, not after the connect timeout).
     *
     * @param name    the server's name, the prefix of its tools' names
     * @param command the program and its arguments
     * @param options timeouts
     * @return the connected server's tools; the caller closes it (and so ends the process)
     */
    public static McpToolSource stdio(String name, List<String> command, McpClientOptions options) {
        Objects.requireNonNull(options, "options");
        if (command == null || command.isEmpty() || command.get(0).isBlank()) {
            throw new IllegalArgumentException("MCP server '" + name + "' needs a command to start");
        }
        return new McpToolSource(name, stdioTransports(name, command), options);
    }

    /** A fresh stdio transport for each (re)connection: each starts the server process anew. */
    static Supplier<McpClientTransport> stdioTransports(String name, List<String> command) {
        ServerParameters parameters = parameters(command);
        return () -> new WatchedStdioTransport(name, parameters, JSON);
    }

    /**
     * Connects to a streamable HTTP endpoint ({@code http://host:port/mcp}), sending {@code bearerToken} (may be
     * null) as {@code Authorization: Bearer}.
     *
     * @param name        the server's name, the prefix of its tools' names
     * @param endpoint    the server's MCP endpoint
     * @param bearerToken the token, or null for none
     * @param options     timeouts
     * @return the connected server's tools; the caller closes it
     */
    public static McpToolSource http(String name, URI endpoint, @Nullable String bearerToken,
            McpClientOptions options) {
        Objects.requireNonNull(options, "options");
        if (endpoint == null || !("http".equals(endpoint.getScheme()) || "https".equals(endpoint.getScheme()))) {
            throw new IllegalArgumentException("MCP server '" + name + "' needs an http or https URL, got " + endpoint);
        }
        String base = endpoint.getScheme() + "://" + endpoint.getRawAuthority();
        String path = endpoint.getRawPath() == null || endpoint.getRawPath().isEmpty() ? "/" : endpoint.getRawPath();
        return new McpToolSource(name, () -> {
            HttpClientStreamableHttpTransport.Builder builder = HttpClientStreamableHttpTransport.builder(base)
                    .endpoint(path).jsonMapper(JSON).connectTimeout(options.connectTimeout());
            if (bearerToken != null && !bearerToken.isBlank()) {
                builder.addHttpRequestCustomizer((request, method, uri, body, context) ->
                        request.header("Authorization", "Bearer " + bearerToken));
            }
            return builder.build();
        }, options);
    }

    static ServerParameters parameters(List<String> command) {
        return ServerParameters.builder(command.get(0)).args(command.subList(1, command.size())).build();
    }

    /**
     * The server's name, the prefix of its tools' names.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The server's tools as Praxis tools, in the server's order.
     *
     * @return the tools
     */
    public List<Tool> tools() {
        return tools;
    }

    /** Ends the session and, for stdio, the server process. */
    @Override
    public void close() {
        connection.close();
    }
}
