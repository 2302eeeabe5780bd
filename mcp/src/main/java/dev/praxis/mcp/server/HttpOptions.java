package dev.praxis.mcp.server;

import java.util.List;
import java.util.Objects;

/**
 * Where and for whom the streamable HTTP transport listens.
 *
 * <pre>{@code
 * new HttpOptions("127.0.0.1", 8765, System.getenv("PRAXIS_MCP_TOKEN"), List.of())
 * }</pre>
 *
 * @param host           the address to bind; loopback ({@code 127.0.0.1}) unless the server must be reached from
 *                       other machines
 * @param port           the port, 0 for any free one ({@link McpEndpoint#uri()} tells which)
 * @param token          the bearer token every request must carry ({@code Authorization: Bearer <token>}), at
 *                       least {@value #MIN_TOKEN_CHARS} characters
 * @param allowedOrigins the exact {@code Origin} values accepted (e.g. {@code http://localhost:6274}); a request
 *                       with any other {@code Origin} is refused, one without it (not from a browser) is not
 */
public record HttpOptions(String host, int port, String token, List<String> allowedOrigins) {

    /** Shortest token accepted: a short one could be guessed by a page that probes loopback ports. */
    public static final int MIN_TOKEN_CHARS = 16;

    /**
     * Refuses a blank host, a port outside 0 to 65535 and a token shorter than {@value #MIN_TOKEN_CHARS} characters;
     * strips the token and copies the origins.
     *
     * @param host the address to bind
     * @param port the port, 0 for any free one
     * @param token the bearer token every request must carry
     * @param allowedOrigins the exact {@code Origin} values accepted
     */
    public HttpOptions {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
        }
        if (token == null || token.isBlank() || token.strip().length() < MIN_TOKEN_CHARS) {
            throw new IllegalArgumentException("the bearer token must have at least " + MIN_TOKEN_CHARS
                    + " characters" + (token == null || token.isBlank() ? ", none was given" : ""));
        }
        token = token.strip();
        allowedOrigins = List.copyOf(Objects.requireNonNull(allowedOrigins, "allowedOrigins"));
    }

    /**
     * Loopback on {@code port} with {@code token}, no browser origin allowed.
     *
     * @param port the port, 0 for any free one
     * @param token the bearer token every request must carry
     * @return the options
     */
    public static HttpOptions loopback(int port, String token) {
        return new HttpOptions("127.0.0.1", port, token, List.of());
    }
}
