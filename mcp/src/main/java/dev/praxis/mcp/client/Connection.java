package dev.praxis.mcp.client;

import dev.praxis.tool.ToolException;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.McpHttpClientTransportAuthorizationException;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
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
    // Calls and the handshake wait on a pool thread so that a server process exiting ends the wait (the SDK's
    // would not).
    private final ExecutorService waits = Executors.newCachedThreadPool(daemon("mcp-call"));
    private Session session;
    private boolean closed;

    /** A live client and its transport, which knows each call's request id and when its server process exits. */
    private record Session(McpSyncClient client, CancellableCalls calls) {
        CompletableFuture<String> ended() {
            return calls.ended();
        }
    }

    Connection(String server, Supplier<McpClientTransport> transports, McpClientOptions options) {
        this.server = server;
        this.transports = transports;
        this.options = options;
        try {
            this.session = open();
        } catch (RuntimeException e) {
            waits.shutdownNow();
            throw e;
        }
    }

    private Session open() {
        CancellableCalls transport = new CancellableCalls(transports.get());
        CompletableFuture<String> ended = transport.ended();
        McpSyncClient opened = McpClient.sync(transport)
                .clientInfo(McpSchema.Implementation.builder("praxis", "0.1.0").build())
                // The SDK bounds every request, initialize included, by requestTimeout: give it the longer of the
                // two, so a slow start is bounded by connectTimeout, and bound each call by callTimeout in await.
                .requestTimeout(longer(options.callTimeout(), options.connectTimeout()))
                .initializationTimeout(options.connectTimeout())
                .build();
        try {
            handshake(opened, ended);
            return new Session(opened, transport);
        } catch (RuntimeException e) {
            opened.close();
            throw new McpConnectionException("cannot connect to MCP server '" + server + "': " + whyNot(e), e);
        }
    }

    /** The MCP handshake, given up as soon as the server process is gone (a server that dies at start-up). */
    private void handshake(McpSyncClient client, CompletableFuture<String> ended) {
        CompletableFuture<McpSchema.InitializeResult> initialized =
                CompletableFuture.supplyAsync(client::initialize, waits);
        try {
            CompletableFuture.anyOf(initialized, ended).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while connecting", e);
        } catch (ExecutionException e) {
            // The handshake failed: rethrown below with its own cause.
        }
        if (!initialized.isDone()) {
            initialized.cancel(true);
            throw new ServerGone(ended.join());
        }
        try {
            initialized.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** The server process could not start or exited while the client waited on it. */
    private static final class ServerGone extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ServerGone(String message) {
            super(message);
        }
    }

    /** Why connecting failed, in words that say what to fix. */
    private static String whyNot(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ServerGone gone) {
                return gone.getMessage();
            }
            if (t instanceof McpHttpClientTransportAuthorizationException refused) {
                return "the server refused the credentials (HTTP " + refused.getResponseInfo().statusCode()
                        + "); check the bearer token";
            }
        }
        return describe(e);
    }

    /** Every tool the server lists, following its pages. */
    List<McpSchema.Tool> listTools() {
        List<McpSchema.Tool> tools = new ArrayList<>();
        String cursor = null;
        do {
            McpSchema.ListToolsResult page = current().client().listTools(cursor);
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
        Session used = current();
        if (used.ended().isDone()) {
            // The process exited before this call was sent: any call may go to its replacement.
            return afterReconnect(praxisName, used, request, true, "the server process had exited");
        }
        try {
            return send(used, request);
        } catch (RuntimeException first) {
            if (!droppedTransport(first)) {
                throw failure(praxisName, first);
            }
            return afterReconnect(praxisName, used, request, resendable, describe(first));
        }
    }

    private CallToolResult afterReconnect(String praxisName, Session failed, CallToolRequest request,
                                          boolean resendable, String why) {
        LOG.info("MCP server '{}' dropped ({}); reconnecting", server, why);
        Session fresh;
        try {
            fresh = replace(failed);
        } catch (McpConnectionException e) {
            throw new ToolException(praxisName + " failed: the connection to MCP server '" + server
                    + "' dropped (" + why + ") and reconnecting failed (" + e.getMessage() + ")"
                    + (resendable ? "" : "; whether the call took effect is unknown"), e);
        }
        if (!resendable) {
            throw new ToolException(praxisName + " failed: the connection to MCP server '" + server
                    + "' dropped during the call (" + why + "); reconnected, but the call was not sent again"
                    + " because it has side effects: whether it took effect is unknown, check before calling it again");
        }
        try {
            return send(fresh, request);
        } catch (RuntimeException second) {
            throw new ToolException(praxisName + " failed again after reconnecting once to MCP server '" + server
                    + "': " + describe(second), second);
        }
    }

    private CallToolResult send(Session target, CallToolRequest untagged) {
        CancellableCalls.Tagged tagged = CancellableCalls.tag(untagged);
        try {
            return await(target, tagged.request());
        } catch (RuntimeException e) {
            if (timedOut(e)) {
                // The server may still be working on it: tell it to stop (the spec's cancellation notification).
                target.calls().cancel(tagged.key(), "timed out after " + options.callTimeout().toSeconds() + " s");
            }
            throw e;
        } finally {
            target.calls().done(tagged.key());
        }
    }

    private CallToolResult await(Session target, CallToolRequest request) {
        CompletableFuture<CallToolResult> result =
                CompletableFuture.supplyAsync(() -> target.client().callTool(request), waits);
        try {
            CompletableFuture.anyOf(result, target.ended()).get(options.callTimeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ToolException(request.name() + " on MCP server '" + server + "' was interrupted", e);
        } catch (ExecutionException e) {
            // The result failed: rethrown below with its own cause.
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new IllegalStateException(request.name() + " took longer than " + options.callTimeout(), e);
        }
        if (!result.isDone()) {
            throw new ServerGone(target.ended().join());
        }
        try {
            return result.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private ToolException failure(String praxisName, RuntimeException e) {
        if (timedOut(e)) {
            return new ToolException(praxisName + " timed out after " + options.callTimeout().toSeconds()
                    + " s on MCP server '" + server + "'; it was told to cancel, but may still finish it", e);
        }
        return new ToolException(praxisName + " failed on MCP server '" + server + "': " + describe(e), e);
    }

    private synchronized Session current() {
        if (closed) {
            throw new IllegalStateException("the connection to MCP server '" + server + "' is closed");
        }
        return session;
    }

    // Another call may already have replaced the client that failed: then that replacement is used.
    private synchronized Session replace(Session failed) {
        if (closed) {
            throw new McpConnectionException("the connection to MCP server '" + server + "' is closed", null);
        }
        if (session == failed) {
            closeQuietly(failed.client());
            session = open();
        }
        return session;
    }

    /** A JSON-RPC error from the server or a timeout means the transport still works; anything else that it dropped. */
    private static boolean droppedTransport(Throwable e) {
        return !timedOut(e) && !causedBy(e, McpError.class);
    }

    private static java.time.Duration longer(java.time.Duration a, java.time.Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
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
            closeQuietly(session.client());
            waits.shutdownNow();
        }
    }
}
