package dev.praxis.model;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on one HTTP exchange with a model server, so that a slow, stuck or hostile server costs a bounded amount
 * of time and memory. The read timeout (the longest wait for the response headers and the longest silence inside a
 * body) is {@link ModelOptions#timeout()}; everything else is here.
 *
 * <ul>
 *   <li>{@code connectTimeout}: to open the TCP (and TLS) connection; default 10 s.</li>
 *   <li>{@code writeTimeout}: to send the whole request once sending has begun (a server that stops reading);
 *       default 30 s.</li>
 *   <li>{@code callTimeout}: the whole of one blocking call, from asking for a connection to the last byte of the
 *       response, however the time is spent; default 5 min. Streams are bounded by
 *       {@link ModelOptions#streamTimeout()} instead.</li>
 *   <li>{@code maxResponseBytes}: the largest response body, blocking or streamed; default 16 MiB. A larger
 *       declared {@code Content-Length} is refused before any byte is read, and no buffer is ever sized from it.</li>
 *   <li>{@code maxHeaderCount} and {@code maxHeaderLineBytes}: the most response header lines and the longest line
 *       (status line, header, chunk size); defaults 100 and 8 KiB.</li>
 * </ul>
 *
 * <pre>{@code
 * ModelOptions options = ModelOptions.builder()
 *     .httpLimits(HttpLimits.defaults().withCallTimeout(Duration.ofMinutes(2)).withMaxResponseBytes(1 << 20))
 *     .build();
 * }</pre>
 *
 * <p>A refused response surfaces as a {@link ModelRequestException} (not retried: the same request would get the
 * same answer); a time limit as a {@link ModelTimeoutException}.
 */
public record HttpLimits(Duration connectTimeout, Duration writeTimeout, Duration callTimeout, long maxResponseBytes,
                         int maxHeaderCount, int maxHeaderLineBytes) {

    /** Byte arrays cannot hold more, and a body is read into one. */
    static final long MAX_BODY_CEILING = Integer.MAX_VALUE - 8;

    /**
     * Validates every bound; durations must be positive and sizes at least 1.
     *
     * @param connectTimeout the time to open the connection
     * @param writeTimeout the time to send the whole request
     * @param callTimeout the time for the whole of one blocking call
     * @param maxResponseBytes the largest response body
     * @param maxHeaderCount the most response header lines
     * @param maxHeaderLineBytes the longest response header line
     */
    public HttpLimits {
        positive(connectTimeout, "connectTimeout");
        positive(writeTimeout, "writeTimeout");
        positive(callTimeout, "callTimeout");
        if (maxResponseBytes < 1 || maxResponseBytes > MAX_BODY_CEILING) {
            throw new IllegalArgumentException("maxResponseBytes must be between 1 and " + MAX_BODY_CEILING
                    + ", got " + maxResponseBytes);
        }
        if (maxHeaderCount < 1) {
            throw new IllegalArgumentException("maxHeaderCount must be >= 1, got " + maxHeaderCount);
        }
        if (maxHeaderLineBytes < 64) {
            throw new IllegalArgumentException("maxHeaderLineBytes must be >= 64, got " + maxHeaderLineBytes);
        }
    }

    /**
     * 10 s to connect, 30 s to write, 5 min a call, 16 MiB a body, 100 header lines of at most 8 KiB.
     *
     * @return the default limits
     */
    public static HttpLimits defaults() {
        return new HttpLimits(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(5), 16L << 20, 100,
                8 * 1024);
    }

    /**
     * A copy with {@code timeout} to connect.
     *
     * @param timeout the connect timeout
     * @return the copy
     */
    public HttpLimits withConnectTimeout(Duration timeout) {
        return new HttpLimits(timeout, writeTimeout, callTimeout, maxResponseBytes, maxHeaderCount, maxHeaderLineBytes);
    }

    /**
     * A copy with {@code timeout} to send a request.
     *
     * @param timeout the write timeout
     * @return the copy
     */
    public HttpLimits withWriteTimeout(Duration timeout) {
        return new HttpLimits(connectTimeout, timeout, callTimeout, maxResponseBytes, maxHeaderCount,
                maxHeaderLineBytes);
    }

    /**
     * A copy with {@code timeout} for a whole blocking call.
     *
     * @param timeout the whole-call timeout
     * @return the copy
     */
    public HttpLimits withCallTimeout(Duration timeout) {
        return new HttpLimits(connectTimeout, writeTimeout, timeout, maxResponseBytes, maxHeaderCount,
                maxHeaderLineBytes);
    }

    /**
     * A copy with {@code bytes} as the largest response body.
     *
     * @param bytes the largest response body, in bytes
     * @return the copy
     */
    public HttpLimits withMaxResponseBytes(long bytes) {
        return new HttpLimits(connectTimeout, writeTimeout, callTimeout, bytes, maxHeaderCount, maxHeaderLineBytes);
    }

    /**
     * A copy with at most {@code count} response header lines of at most {@code lineBytes} each.
     *
     * @param count the most response header lines
     * @param lineBytes the longest header line, in bytes
     * @return the copy
     */
    public HttpLimits withHeaderLimits(int count, int lineBytes) {
        return new HttpLimits(connectTimeout, writeTimeout, callTimeout, maxResponseBytes, count, lineBytes);
    }

    private static void positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be > 0, got " + d);
        }
    }
}
