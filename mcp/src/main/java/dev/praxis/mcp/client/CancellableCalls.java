package dev.praxis.mcp.client;

import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A client transport that notes the JSON-RPC id of each Praxis tool call as it goes out, so that a call given up
 * after its timeout can be cancelled with {@code notifications/cancelled} (MCP spec, basic/utilities/cancellation).
 * The SDK's client numbers its requests internally and has no cancel method, so each call carries a key in its
 * {@code _meta} ({@value #CALL_KEY}) that ties it to the id seen here.
 */
final class CancellableCalls implements McpClientTransport {

    private static final Logger LOG = LoggerFactory.getLogger(CancellableCalls.class);
    static final String CALL_KEY = "dev.praxis/call";
    static final String METHOD_CANCELLED = "notifications/cancelled";

    private final McpClientTransport delegate;
    private final Map<String, Object> requestIds = new ConcurrentHashMap<>();

    CancellableCalls(McpClientTransport delegate) {
        this.delegate = delegate;
    }

    /** {@code request} with a fresh key in its {@code _meta}; pass the key to {@link #cancel} or {@link #done}. */
    static Tagged tag(CallToolRequest request) {
        String key = UUID.randomUUID().toString();
        return new Tagged(key, CallToolRequest.builder(request.name()).arguments(request.arguments())
                .meta(Map.of(CALL_KEY, key)).build());
    }

    /** A call request and the key it carries. */
    record Tagged(String key, CallToolRequest request) {
    }

    /** Tells the server to stop the call tagged {@code key}, if it was sent; best effort, as the spec allows. */
    void cancel(String key, String reason) {
        Object id = requestIds.remove(key);
        if (id == null) {
            return;
        }
        try {
            delegate.sendMessage(new McpSchema.JSONRPCNotification(McpSchema.JSONRPC_VERSION, METHOD_CANCELLED,
                    Map.of("requestId", id, "reason", reason))).block(Duration.ofSeconds(5));
        } catch (RuntimeException e) {
            LOG.debug("could not cancel MCP request {}: {}", id, e.toString());
        }
    }

    /** Forgets the call tagged {@code key} (it was answered). */
    void done(String key) {
        requestIds.remove(key);
    }

    /** What completes when a stdio server process is gone; never for other transports. */
    java.util.concurrent.CompletableFuture<String> ended() {
        return delegate instanceof WatchedStdioTransport watched ? watched.ended()
                : new java.util.concurrent.CompletableFuture<>();
    }

    @Override
    public Mono<Void> sendMessage(JSONRPCMessage message) {
        if (message instanceof McpSchema.JSONRPCRequest request && request.params() instanceof CallToolRequest call
                && call.meta() != null && call.meta().get(CALL_KEY) instanceof String key) {
            requestIds.put(key, request.id());
        }
        return delegate.sendMessage(message);
    }

    @Override
    public Mono<Void> connect(Function<Mono<JSONRPCMessage>, Mono<JSONRPCMessage>> handler) {
        return delegate.connect(handler);
    }

    @Override
    public void setExceptionHandler(Consumer<Throwable> handler) {
        delegate.setExceptionHandler(handler);
    }

    @Override
    public Mono<Void> closeGracefully() {
        return delegate.closeGracefully();
    }

    @Override
    public void close() {
        delegate.close();
    }

    @Override
    public <T> T unmarshalFrom(Object data, TypeRef<T> type) {
        return delegate.unmarshalFrom(data, type);
    }

    @Override
    public List<String> protocolVersions() {
        return delegate.protocolVersions();
    }
}
