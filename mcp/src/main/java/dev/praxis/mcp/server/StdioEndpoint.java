package dev.praxis.mcp.server;

import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/** One client over a pair of streams; stops when the input ends (the client went away). */
final class StdioEndpoint implements McpEndpoint {

    private final McpSyncServer server;
    private final CountDownLatch stopped;

    private StdioEndpoint(McpSyncServer server, CountDownLatch stopped) {
        this.server = server;
        this.stopped = stopped;
    }

    static StdioEndpoint start(PraxisMcpServer praxis, InputStream in, OutputStream out) {
        CountDownLatch stopped = new CountDownLatch(1);
        InputStream watched = new EndWatchingStream(in, stopped);
        McpSyncServer server = praxis.build(new StdioServerTransportProvider(PraxisMcpServer.JSON, watched, out));
        return new StdioEndpoint(server, stopped);
    }

    @Override
    public Optional<URI> uri() {
        return Optional.empty();
    }

    @Override
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        server.close();
        stopped.countDown();
    }

    /** Counts the latch down when the client closes its end (the SDK's transport does not say). */
    private static final class EndWatchingStream extends FilterInputStream {

        private final CountDownLatch ended;

        EndWatchingStream(InputStream in, CountDownLatch ended) {
            super(in);
            this.ended = ended;
        }

        @Override
        public int read() throws IOException {
            return ended(super.read());
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return ended(super.read(buffer, offset, length));
        }

        private int ended(int result) {
            if (result < 0) {
                ended.countDown();
            }
            return result;
        }
    }
}
