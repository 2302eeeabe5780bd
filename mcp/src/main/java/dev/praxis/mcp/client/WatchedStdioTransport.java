package dev.praxis.mcp.client;

import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The SDK's stdio transport, watched: {@link #ended()} completes, with a sentence saying why and the server's last
 * stderr lines, as soon as the process cannot start or exits, so a server that dies at start-up fails the connect at
 * once instead of after the whole connect timeout (the SDK's handshake only waits for an answer).
 *
 * <p>The SDK keeps the {@link Process} private, so the exit code cannot be read; the stderr tail usually says more.
 */
class WatchedStdioTransport extends StdioClientTransport {

    private static final Logger LOG = LoggerFactory.getLogger(WatchedStdioTransport.class);
    static final int STDERR_LINES_KEPT = 10;
    // After the exit, stderr lines still in the pipe are read for at most this long between two lines.
    private static final long DRAIN_MILLIS = 200;

    private final String server;
    private final CompletableFuture<String> ended = new CompletableFuture<>();
    // One slot: says a line came since the last look, so draining waits on lines without keeping them twice.
    private final BlockingQueue<Boolean> arrived = new LinkedBlockingQueue<>(1);
    private final Deque<String> tail = new ArrayDeque<>();

    WatchedStdioTransport(String server, ServerParameters parameters, McpJsonMapper json) {
        super(parameters, json);
        this.server = server;
        setStdErrorHandler(line -> {
            LOG.debug("MCP server '{}' stderr: {}", server, line);
            keep(line);
            arrived.offer(Boolean.TRUE);
        });
    }

    /**
     * Completes with why the process is gone ("the server process exited; its last stderr lines: ...") when it
     * could not start or has exited; never otherwise.
     */
    CompletableFuture<String> ended() {
        return ended;
    }

    @Override
    public Mono<Void> connect(Function<Mono<JSONRPCMessage>, Mono<JSONRPCMessage>> handler) {
        return super.connect(handler)
                .doOnSuccess(started -> watchExit())
                .doOnError(e -> ended.complete("the server process could not start: " + e.getMessage()
                        + (e.getCause() == null ? "" : " (" + Connection.describe(e) + ")")));
    }

    private void watchExit() {
        Thread watcher = new Thread(() -> {
            try {
                awaitForExit();
            } catch (RuntimeException e) {
                LOG.debug("waiting for MCP server '{}' to exit failed", server, e);
            }
            ended.complete("the server process exited" + stderrTail());
        }, "mcp-" + server + "-exit");
        watcher.setDaemon(true);
        watcher.start();
    }

    private String stderrTail() {
        try {
            while (arrived.poll(DRAIN_MILLIS, TimeUnit.MILLISECONDS) != null) {
                // another line was read: wait for the next, or for the pipe to stay quiet
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (tail) {
            return tail.isEmpty() ? " (nothing on stderr)" : "; its last stderr lines: " + String.join(" | ", tail);
        }
    }

    private void keep(String line) {
        synchronized (tail) {
            tail.addLast(line.length() > 200 ? line.substring(0, 200) + "..." : line);
            if (tail.size() > STDERR_LINES_KEPT) {
                tail.removeFirst();
            }
        }
    }
}
