package dev.praxis.mcp.client;

import dev.praxis.tool.ToolException;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * One live MCP session with a server, replaced once when its transport drops (the stdio process died, the HTTP
 * session expired). Calls run concurrently on the SDK's thread-safe client; only replacing it is serialised.
 *
 * <p>A call that fails because the transport dropped reconnects; a read-only call is then sent once more, a
 * side-effecting one is not (it may have reached the server), and the error says whether its effect is known.
 * A call past its timeout is an error without a reconnect: a slow server is not a dead one.
 */
final class Connection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Connection.class);

    private final String server;
    private final Supplier<McpClientTransport> transports;
    private final McpClientOptions options;
    private McpSyncClient client;
    private boolean closed;

    Connection(String server, Supplier<McpClientTransport> transports, McpClientOptions options) {
        this.server = server;
        this.transports = transports;
        this.options = options;
        this.client = open();
    }

    private McpSyncClient open() {
        McpSyncClient opened = McpClient.sync(transports.get())
                .clientInfo(McpSchema.Implementation.builder("praxis", "0.1.0").build())
                .requestTimeout(options.callTimeout())
                .initializationTimeout(options.connectTimeout())
                .build();
        try {
            opened.initialize();
            return opened;
        } catch (RuntimeException e) {
            opened.close();
            throw new McpConnectionException("cannot connect to MCP server '" + server + "': " + describe(e), e);
        }
    }

    /** Every tool the server lists, following its pages. */
    List<McpSchema.Tool> listTools() {
        List<McpSchema.Tool> tools = new ArrayList<>();
        String cursor = null;
        do {
            McpSchema.ListToolsResult page = current().listTools(cursor);
            tools.addAll(page.tools());
            cursor = page.nextCursor();
        } while (cursor != null);
        return tools;
    }

    /**
     * Calls {@code tool}; {@code resendable} when sending it twice is harmless (a read-only tool). Failures are
     * {@link ToolException}s worded for the model.
     */
    CallToolResult call(String praxisName, String tool, Map<String, Object> arguments, boolean resendable) {
        CallToolRequest request = CallToolRequest.builder(tool).arguments(arguments).build();
        McpSyncClient used = current();
        try {
            return used.callTool(request);
        } catch (RuntimeException first) {
            if (!droppedTransport(first)) {
                throw failure(praxisName, first);
            }
            LOG.info("MCP server '{}' dropped during {} ({}); reconnecting", server, tool, describe(first));
            McpSyncClient fresh;
            try {
                fresh = replace(used);
            } catch (McpConnectionException e) {
                throw new ToolException(praxisName + " failed: the connection to MCP server '" + server
                        + "' dropped and reconnecting failed (" + e.getMessage() + ")"
                        + (resendable ? "" : "; whether the call took effect is unknown"), e);
            }
            if (!resendable) {
                throw new ToolException(praxisName + " failed: the connection to MCP server '" + server
                        + "' dropped during the call (" + describe(first) + "); reconnected, but the call was not"
                        + " sent again because it has side effects: whether it took effect is unknown, check before"
                        + " calling it again", first);
            }
            try {
                return fresh.callTool(request);
            } catch (RuntimeException second) {
                throw new ToolException(praxisName + " failed again after reconnecting once to MCP server '" + server
                        + "': " + describe(second), second);
            }
        }
    }

    private ToolException failure(String praxisName, RuntimeException e) {
        if (timedOut(e)) {
            return new ToolException(praxisName + " timed out after " + options.callTimeout().toSeconds()
                    + " s on MCP server '" + server + "'; the server may still finish it", e);
        }
        return new ToolException(praxisName + " failed on MCP server '" + server + "': " + describe(e), e);
    }

    private synchronized McpSyncClient current() {
        if (closed) {
            throw new IllegalStateException("the connection to MCP server '" + server + "' is closed");
        }
        return client;
    }

    // Another call may already have replaced the client that failed: then that replacement is used.
    private synchronized McpSyncClient replace(McpSyncClient failed) {
        if (closed) {
            throw new McpConnectionException("the connection to MCP server '" + server + "' is closed", null);
        }
        if (client == failed) {
            closeQuietly(failed);
            client = open();
        }
        return client;
    }

    /** A JSON-RPC error from the server or a timeout means the transport still works; anything else that it dropped. */
    private static boolean droppedTransport(Throwable e) {
        return !timedOut(e) && !causedBy(e, McpError.class);
    }

    private static boolean timedOut(Throwable e) {
        return causedBy(e, TimeoutException.class);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null || root.getMessage().isBlank() ? root.getClass().getSimpleName()
                : root.getMessage();
        return message.length() > 300 ? message.substring(0, 300) + "..." : message;
    }

    private static void closeQuietly(McpSyncClient c) {
        try {
            if (!c.closeGracefully()) {
                c.close();
            }
        } catch (RuntimeException e) {
            LOG.debug("closing an MCP client failed", e);
        }
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            closeQuietly(client);
        }
    }
}
