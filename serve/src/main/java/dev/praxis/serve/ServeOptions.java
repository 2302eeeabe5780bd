package dev.praxis.serve;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the server listens and what it accepts.
 *
 * @param host the address to listen on; {@code 127.0.0.1} keeps it on this machine
 * @param port the port, 0 for any free one
 * @param maxBodyBytes the largest request body accepted; a larger one gets 413
 * @param rateLimit the requests each API key may make
 * @param allowedOrigins browser origins allowed to call (CORS); empty means none, so a page from another origin
 *                       cannot call the API with a user's key
 * @param readinessTtl how long a readiness answer is reused
 * @param maxConcurrentRuns the most turns running at once; past it a request gets 503 with {@code Retry-After}
 */
public record ServeOptions(String host, int port, int maxBodyBytes, RateLimit rateLimit, List<String> allowedOrigins,
                           Duration readinessTtl, int maxConcurrentRuns) {

    /** The default request body limit: 1 MiB. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;

    /**
     * Checks the values and copies the list.
     *
     * @param host the address to listen on
     * @param port the port
     * @param maxBodyBytes the largest request body accepted
     * @param rateLimit the requests each API key may make
     * @param allowedOrigins browser origins allowed to call
     * @param readinessTtl how long a readiness answer is reused
     * @param maxConcurrentRuns the most turns running at once
     */
    public ServeOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(rateLimit, "rateLimit");
        Objects.requireNonNull(readinessTtl, "readinessTtl");
        allowedOrigins = List.copyOf(allowedOrigins);
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("maxBodyBytes must be at least 1024, was " + maxBodyBytes);
        }
        if (readinessTtl.isNegative()) {
            throw new IllegalArgumentException("readinessTtl must not be negative, was " + readinessTtl);
        }
        if (maxConcurrentRuns < 1) {
            throw new IllegalArgumentException("maxConcurrentRuns must be at least 1, was " + maxConcurrentRuns);
        }
    }

    /**
     * Loopback on {@code port}, 1 MiB bodies, {@link RateLimit#defaults()}, no CORS origin, readiness cached 30 s,
     * 256 turns at once.
     *
     * @param port the port, 0 for any free one
     * @return the options
     */
    public static ServeOptions loopback(int port) {
        return new ServeOptions("127.0.0.1", port, DEFAULT_MAX_BODY_BYTES, RateLimit.defaults(), List.of(),
                Duration.ofSeconds(30), 256);
    }

    /**
     * These options with another host.
     *
     * @param newHost the address to listen on
     * @return the copy
     */
    public ServeOptions withHost(String newHost) {
        return new ServeOptions(newHost, port, maxBodyBytes, rateLimit, allowedOrigins, readinessTtl, maxConcurrentRuns);
    }

    /**
     * These options with another rate limit.
     *
     * @param limit the requests each API key may make
     * @return the copy
     */
    public ServeOptions withRateLimit(RateLimit limit) {
        return new ServeOptions(host, port, maxBodyBytes, limit, allowedOrigins, readinessTtl, maxConcurrentRuns);
    }

    /**
     * These options with another body limit.
     *
     * @param bytes the largest request body accepted
     * @return the copy
     */
    public ServeOptions withMaxBodyBytes(int bytes) {
        return new ServeOptions(host, port, bytes, rateLimit, allowedOrigins, readinessTtl, maxConcurrentRuns);
    }

    /**
     * These options with browser origins allowed to call.
     *
     * @param origins e.g. {@code https://shop.example.com}
     * @return the copy
     */
    public ServeOptions withAllowedOrigins(List<String> origins) {
        return new ServeOptions(host, port, maxBodyBytes, rateLimit, origins, readinessTtl, maxConcurrentRuns);
    }
}
