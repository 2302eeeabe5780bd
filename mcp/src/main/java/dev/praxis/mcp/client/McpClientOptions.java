package dev.praxis.mcp.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link McpToolSource} talks to its server.
 *
 * @param callTimeout    the longest one {@code tools/call} may take; past it the call is a tool error (the server may
 *                       still finish it)
 * @param connectTimeout the longest starting the transport and the MCP handshake may take, on connect and reconnect
 */
public record McpClientOptions(Duration callTimeout, Duration connectTimeout) {

    /** Thirty seconds per call: far above any lookup, short enough that a stuck server does not stall an agent. */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(30);

    /** Thirty seconds to connect: a {@code node} server starts in well under a second, a cold JVM in a few. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(30);

    /**
     * Checks that both timeouts are given and positive.
     *
     * @param callTimeout    the time one tool call may take
     * @param connectTimeout the time connecting (and the handshake) may take
     */
    public McpClientOptions {
        Objects.requireNonNull(callTimeout, "callTimeout");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        if (callTimeout.isNegative() || callTimeout.isZero() || connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("MCP timeouts must be positive, got call " + callTimeout
                    + " and connect " + connectTimeout);
        }
    }

    /**
     * The default timeouts.
     *
     * @return {@link #DEFAULT_CALL_TIMEOUT} and {@link #DEFAULT_CONNECT_TIMEOUT}
     */
    public static McpClientOptions defaults() {
        return new McpClientOptions(DEFAULT_CALL_TIMEOUT, DEFAULT_CONNECT_TIMEOUT);
    }

    /**
     * These options with another call timeout.
     *
     * @param timeout the time one tool call may take, positive
     * @return new options; this one is unchanged
     */
    public McpClientOptions withCallTimeout(Duration timeout) {
        return new McpClientOptions(timeout, connectTimeout);
    }
}
