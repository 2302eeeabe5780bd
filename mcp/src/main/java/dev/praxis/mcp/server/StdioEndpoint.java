package dev.praxis.mcp.server;

import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One client over a pair of streams; stops when the input ends (the client went away), when a message is over
 * {@link #MAX_MESSAGE_BYTES}, or when the SDK closes the session for another reason (a line that is not JSON-RPC).
 * An abnormal stop is logged at WARN with its reason (the command line's log goes to standard error).
 */
final class StdioEndpoint implements McpEndpoint {

    /**
     * The largest message read, in bytes. The SDK's own default is 16 MiB; nothing a Praxis tool takes comes near
     * 4 MiB (ToolBox refuses far smaller arguments), and a line is buffered whole before it is parsed.
     */
    static final int MAX_MESSAGE_BYTES = 4 * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(StdioEndpoint.class);

    private final McpSyncServer server;
    private final Stop stop;

    private StdioEndpoint(McpSyncServer server, Stop stop) {
        this.server = server;
        this.stop = stop;
    }

    static StdioEndpoint start(PraxisMcpServer praxis, InputStream in, OutputStream out) {
        return start(praxis, in, out, MAX_MESSAGE_BYTES);
    }

    static StdioEndpoint start(PraxisMcpServer praxis, InputStream in, OutputStream out, int maxMessageBytes) {
        Stop stop = new Stop();
        InputStream watched = new WatchedInput(in, maxMessageBytes, stop);
        // The SDK's limit counts characters, ours bytes (never fewer): ours is met first and says why.
        StdioServerTransportProvider stdio = new StdioServerTransportProvider(PraxisMcpServer.JSON, watched, out,
                maxMessageBytes);
        McpSyncServer server = praxis.build(new SessionEndWatch(stdio,
                () -> stop.stop("the MCP session was closed (see the MCP SDK's log line before this one)", true)));
        return new StdioEndpoint(server, stop);
    }

    @Override
    public Optional<URI> uri() {
        return Optional.empty();
    }

    @Override
    public void awaitStop() throws InterruptedException {
        stop.latch.await();
    }

    @Override
    public void close() {
        stop.stop("closed by the server", false);
        server.close();
    }

    /** Why the endpoint stopped: the first reason wins, and an abnormal one is logged. */
    private static final class Stop {

        private final CountDownLatch latch = new CountDownLatch(1);
        private final AtomicReference<String> reason = new AtomicReference<>();

        void stop(String why, boolean abnormal) {
            if (reason.compareAndSet(null, why)) {
                if (abnormal) {
                    LOG.warn("MCP stdio endpoint stopped: {}", why);
                }
                latch.countDown();
            }
        }
    }

    /** Stops the endpoint when the client closes its end, and refuses a message over the limit. */
    private static final class WatchedInput extends FilterInputStream {

        private final int maxMessageBytes;
        private final Stop stop;
        private long lineBytes;

        WatchedInput(InputStream in, int maxMessageBytes, Stop stop) {
            super(in);
            this.maxMessageBytes = maxMessageBytes;
            this.stop = stop;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) {
                stop.stop("the client closed its input", false);
            } else {
                count((byte) b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n < 0) {
                stop.stop("the client closed its input", false);
            }
            for (int i = 0; i < n; i++) {
                count(buffer[offset + i]);
            }
            return n;
        }

        private void count(byte b) throws IOException {
            lineBytes = b == '\n' || b == '\r' ? 0 : lineBytes + 1;
            if (lineBytes > maxMessageBytes) {
                String why = "a message over " + maxMessageBytes + " bytes arrived; the session was closed"
                        + " (messages are one JSON-RPC object per line, at most " + maxMessageBytes + " bytes)";
                stop.stop(why, true);
                throw new IOException(why);
            }
        }
    }
}
