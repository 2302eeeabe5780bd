package dev.praxis.mcp.server;

import java.net.URI;
import java.util.Optional;

/** A running MCP server on one transport; closing it stops serving. */
public interface McpEndpoint extends AutoCloseable {

    /**
     * Where HTTP clients connect ({@code http://127.0.0.1:PORT/mcp}); empty for stdio.
     *
     * @return the HTTP endpoint's address, or empty for stdio
     */
    Optional<URI> uri();

    /**
     * Blocks until the server stops: stdio when the client closes its input, HTTP when closed.
     *
     * @throws InterruptedException when the waiting thread is interrupted
     */
    void awaitStop() throws InterruptedException;

    /** Stops serving; in-flight calls are cut off. */
    @Override
    void close();
}
