package dev.praxis.model;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * A blocking HTTP/1.1 client for plain-{@code http} model servers (a local Ollama, vLLM or llama.cpp): the
 * request is written and the response read on the caller's thread, over a pooled keep-alive connection.
 *
 * <p>It exists for speed. The JDK client hands every exchange through its selector thread and completion
 * stages; with a thousand calls in flight that costs about 125 µs of CPU per call and serialises the work on one
 * thread, where a blocking exchange over a plain socket measured about 45 µs (docs/benchmarks.md). It does only
 * what a model API needs: {@code Content-Length} request bodies, fixed-length, chunked and close-delimited responses, interim
 * {@code 1xx} responses skipped, no redirects, no compression, no TLS, no proxy ({@link ModelHttpClient} uses the
 * JDK client for those).
 *
 * <p>Reads go through a blocking {@link SocketChannel}, so interrupting the caller closes the connection and
 * ends the call ({@link java.nio.channels.ClosedByInterruptException}), which is how the agent's deadlines
 * cancel a call. A pooled connection that the server has closed meanwhile is detected when the request gets no
 * byte of answer, and the request is sent once more on a new connection. Connections idle for longer than
 * {@value #MAX_IDLE_SECONDS} s are not reused, since servers commonly drop idle ones after 5 s, and are closed
 * when the pool is next used.
 */
final class Http1Client {

    static final int MAX_IDLE_SECONDS = 4;

    /** Bodies larger than this are refused rather than read into memory. */
    static final int MAX_BODY_BYTES = 256 * 1024 * 1024;

    private final int connectTimeoutMillis;
    private final int readTimeoutMillis;
    private final long maxIdleNanos;
    private final Map<String, ConcurrentLinkedDeque<Connection>> idle = new ConcurrentHashMap<>();

    Http1Client(Duration connectTimeout, Duration readTimeout) {
        this(connectTimeout, readTimeout, Duration.ofSeconds(MAX_IDLE_SECONDS));
    }

    Http1Client(Duration connectTimeout, Duration readTimeout, Duration maxIdle) {
        this.connectTimeoutMillis = millis(connectTimeout);
        this.readTimeoutMillis = millis(readTimeout);
        this.maxIdleNanos = maxIdle.toNanos();
    }

    /** A whole response: status, headers (names compared without case) and the body as text. */
    record Response(int status, Map<String, List<String>> headers, String body) {
    }

    /**
     * Sends one request and reads the whole response. Time-outs surface as {@link SocketTimeoutException}: the
     * response headers must arrive within the read timeout, and the body may pause no longer than it.
     */
    Response send(String method, URI uri, Map<String, List<String>> headers, String body) throws IOException {
        byte[] request = encode(method, uri, headers, body);
        String origin = uri.getHost() + ":" + port(uri);
        ConcurrentLinkedDeque<Connection> pool = idle.computeIfAbsent(origin, o -> new ConcurrentLinkedDeque<>());
        Connection connection = pooled(pool);
        if (connection != null) {
            try {
                return exchange(connection, pool, request, method);
            } catch (StaleConnectionException stale) {
                connection.close();
            }
        }
        connection = Connection.open(new InetSocketAddress(uri.getHost(), port(uri)), connectTimeoutMillis);
        try {
            return exchange(connection, pool, request, method);
        } catch (StaleConnectionException stale) {
            connection.close();
            throw new EOFException("the server at " + origin + " closed the connection without answering");
        }
    }

    /** Closes every idle connection. */
    void close() {
        idle.values().forEach(pool -> {
            Connection c;
            while ((c = pool.pollFirst()) != null) {
                c.close();
            }
        });
    }

    private Connection pooled(ConcurrentLinkedDeque<Connection> pool) {
        long now = System.nanoTime();
        Connection c;
        while ((c = pool.pollFirst()) != null) {
            if (now - c.idleSince < maxIdleNanos) {
                return c;
            }
            c.close();
        }
        return null;
    }

    /**
     * Returns a connection to the front of its pool (the freshest is reused first) and closes the ones at the back
     * that have idled too long, so that after a burst the pool shrinks back instead of holding dead sockets.
     */
    private void release(Connection connection, ConcurrentLinkedDeque<Connection> pool) {
        long now = System.nanoTime();
        connection.idleSince = now;
        pool.offerFirst(connection);
        Connection oldest;
        while ((oldest = pool.peekLast()) != null && now - oldest.idleSince >= maxIdleNanos) {
            if (pool.removeLastOccurrence(oldest)) {
                oldest.close();
            }
        }
    }

    private Response exchange(Connection connection, ConcurrentLinkedDeque<Connection> pool, byte[] request,
                              String method) throws IOException {
        boolean reused = connection.used;
        connection.used = true;
        try {
            connection.write(request);
            Response response = connection.read(method, readTimeoutMillis, reused);
            if (connection.keepAlive) {
                release(connection, pool);
            } else {
                connection.close();
            }
            return response;
        } catch (StaleConnectionException stale) {
            throw stale;
        } catch (IOException | RuntimeException e) {
            connection.close();
            if (reused && !connection.answered && !(e instanceof SocketTimeoutException)
                    && !Thread.currentThread().isInterrupted()) {
                throw new StaleConnectionException();
            }
            throw e;
        }
    }

    private static byte[] encode(String method, URI uri, Map<String, List<String>> headers, String body) {
        byte[] content = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(256);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        head.append(method).append(' ').append(path);
        if (uri.getRawQuery() != null) {
            head.append('?').append(uri.getRawQuery());
        }
        head.append(" HTTP/1.1\r\nHost: ").append(uri.getHost());
        if (uri.getPort() != -1) {
            head.append(':').append(uri.getPort());
        }
        head.append("\r\n");
        headers.forEach((name, values) -> {
            if (isManaged(name)) {
                return;
            }
            for (String value : values) {
                checkHeader(name, value);
                head.append(name).append(": ").append(value).append("\r\n");
            }
        });
        if (content != null || !method.equals("GET")) {
            head.append("Content-Length: ").append(content == null ? 0 : content.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.UTF_8);
        if (content == null) {
            return headBytes;
        }
        byte[] all = new byte[headBytes.length + content.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(content, 0, all, headBytes.length, content.length);
        return all;
    }

    private static boolean isManaged(String name) {
        return name.equalsIgnoreCase("Host") || name.equalsIgnoreCase("Content-Length")
                || name.equalsIgnoreCase("Transfer-Encoding") || name.equalsIgnoreCase("Connection");
    }

    private static void checkHeader(String name, String value) {
        if (name.isEmpty() || name.indexOf('\r') >= 0 || name.indexOf('\n') >= 0 || name.indexOf(':') >= 0
                || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("invalid HTTP header '" + name + "': names and values may not hold"
                    + " line breaks");
        }
    }

    private static int port(URI uri) {
        return uri.getPort() == -1 ? 80 : uri.getPort();
    }

    private static int millis(Duration duration) {
        long ms = duration.toMillis();
        return ms <= 0 ? 1 : (int) Math.min(Integer.MAX_VALUE, ms);
    }

    /** A reused connection turned out to be closed before any byte of the answer: safe to send again. */
    private static final class StaleConnectionException extends IOException {
        private static final long serialVersionUID = 1L;

        StaleConnectionException() {
            super("stale pooled connection");
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    /** One keep-alive connection, with its own read buffer. Used by one caller at a time. */
    private static final class Connection {

        private final SocketChannel channel;
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private final byte[] buffer = new byte[16 * 1024];
        private int position;
        private int limit;
        long idleSince;
        boolean used;
        boolean answered;
        boolean keepAlive;

        private Connection(SocketChannel channel) throws IOException {
            this.channel = channel;
            this.socket = channel.socket();
            this.in = socket.getInputStream();
            this.out = socket.getOutputStream();
        }

        static Connection open(InetSocketAddress address, int connectTimeoutMillis) throws IOException {
            SocketChannel channel = SocketChannel.open();
            try {
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                channel.socket().connect(address, connectTimeoutMillis);
                return new Connection(channel);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        }

        void write(byte[] request) throws IOException {
            answered = false;
            out.write(request);
        }

        Response read(String method, int readTimeoutMillis, boolean reused) throws IOException {
            long headerDeadline = System.nanoTime() + readTimeoutMillis * 1_000_000L;
            while (true) {
                String statusLine = line(headerDeadline, reused);
                int status = status(statusLine);
                Map<String, List<String>> headers = headers(headerDeadline);
                if (status >= 100 && status < 200 && status != 101) {
                    continue;
                }
                socket.setSoTimeout(readTimeoutMillis);
                keepAlive = keepAlive(statusLine, headers);
                String body = body(method, status, headers);
                // Bytes beyond the response mean a confused server; such a connection is not reused.
                keepAlive &= position == limit;
                return new Response(status, Collections.unmodifiableMap(headers), body);
            }
        }

        private static int status(String line) throws IOException {
            if (!line.startsWith("HTTP/1.") || line.length() < 12 || line.charAt(8) != ' ') {
                throw new IOException("not an HTTP/1.x response: '" + shorten(line) + "'");
            }
            try {
                return Integer.parseInt(line.substring(9, 12));
            } catch (NumberFormatException e) {
                throw new IOException("bad status line: '" + shorten(line) + "'", e);
            }
        }

        private Map<String, List<String>> headers(long deadline) throws IOException {
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (String line = line(deadline, false); !line.isEmpty(); line = line(deadline, false)) {
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    throw new IOException("bad response header: '" + shorten(line) + "'");
                }
                headers.computeIfAbsent(line.substring(0, colon).trim(), k -> new ArrayList<>(1))
                        .add(line.substring(colon + 1).trim());
            }
            return headers;
        }

        private static boolean keepAlive(String statusLine, Map<String, List<String>> headers) {
            String connection = first(headers, "Connection");
            if (connection != null && connection.toLowerCase(Locale.ROOT).contains("close")) {
                return false;
            }
            return statusLine.startsWith("HTTP/1.1")
                    || connection != null && connection.toLowerCase(Locale.ROOT).contains("keep-alive");
        }

        private String body(String method, int status, Map<String, List<String>> headers) throws IOException {
            if (method.equals("HEAD") || status == 204 || status == 304) {
                return "";
            }
            String encoding = first(headers, "Transfer-Encoding");
            if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
                return chunked();
            }
            String length = first(headers, "Content-Length");
            if (length != null) {
                long n;
                try {
                    n = Long.parseLong(length.trim());
                } catch (NumberFormatException e) {
                    throw new IOException("bad Content-Length: '" + shorten(length) + "'", e);
                }
                if (n < 0 || n > MAX_BODY_BYTES) {
                    throw new IOException("response body of " + n + " bytes is refused (limit " + MAX_BODY_BYTES + ")");
                }
                byte[] content = new byte[(int) n];
                readFully(content, 0, content.length);
                return new String(content, StandardCharsets.UTF_8);
            }
            keepAlive = false;
            Bytes content = new Bytes();
            content.add(buffer, position, limit - position);
            position = limit;
            while (fill(0) > 0) {
                content.add(buffer, position, limit - position);
                position = limit;
            }
            return content.text();
        }

        private String chunked() throws IOException {
            Bytes content = new Bytes();
            while (true) {
                String sizeLine = line(0, false);
                int semicolon = sizeLine.indexOf(';');
                String hex = (semicolon >= 0 ? sizeLine.substring(0, semicolon) : sizeLine).trim();
                long size;
                try {
                    size = Long.parseLong(hex, 16);
                } catch (NumberFormatException e) {
                    throw new IOException("bad chunk size: '" + shorten(sizeLine) + "'", e);
                }
                if (size == 0) {
                    for (String trailer = line(0, false); !trailer.isEmpty(); trailer = line(0, false)) {
                        // trailers carry nothing a model API needs
                    }
                    return content.text();
                }
                if (size < 0 || content.size + size > MAX_BODY_BYTES) {
                    throw new IOException("response body over " + MAX_BODY_BYTES + " bytes is refused");
                }
                byte[] chunk = new byte[(int) size];
                readFully(chunk, 0, chunk.length);
                content.add(chunk, 0, chunk.length);
                if (!line(0, false).isEmpty()) {
                    throw new IOException("chunk not followed by CRLF");
                }
            }
        }

        /** One line without its CRLF (a bare LF is accepted), in ISO-8859-1. */
        private String line(long deadline, boolean firstOfAnswer) throws IOException {
            StringBuilder line = null;
            while (true) {
                for (int i = position; i < limit; i++) {
                    if (buffer[i] == '\n') {
                        int end = i > position && buffer[i - 1] == '\r' ? i - 1 : i;
                        String text = new String(buffer, position, end - position, StandardCharsets.ISO_8859_1);
                        position = i + 1;
                        return line == null ? text : line.append(text).toString();
                    }
                }
                if (line == null) {
                    line = new StringBuilder();
                }
                line.append(new String(buffer, position, limit - position, StandardCharsets.ISO_8859_1));
                position = limit;
                if (line.length() > 64 * 1024) {
                    throw new IOException("response line longer than 64 KB");
                }
                if (fill(deadline) < 0) {
                    if (firstOfAnswer && !answered) {
                        throw new StaleConnectionException();
                    }
                    throw new EOFException("the server closed the connection mid-response");
                }
            }
        }

        private void readFully(byte[] target, int offset, int length) throws IOException {
            int done = 0;
            while (done < length) {
                if (position == limit && fill(0) < 0) {
                    throw new EOFException("the server closed the connection after " + done + " of " + length
                            + " body bytes");
                }
                int n = Math.min(length - done, limit - position);
                System.arraycopy(buffer, position, target, offset + done, n);
                position += n;
                done += n;
            }
        }

        /** Reads more bytes into the empty buffer; {@code deadline} (nanoTime) bounds the wait when not 0. */
        private int fill(long deadline) throws IOException {
            if (deadline != 0) {
                long remaining = (deadline - System.nanoTime()) / 1_000_000L;
                if (remaining <= 0) {
                    throw new SocketTimeoutException("no response within the read timeout");
                }
                socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, remaining));
            }
            int n = in.read(buffer, 0, buffer.length);
            if (n > 0) {
                answered = true;
                position = 0;
                limit = n;
            } else {
                position = 0;
                limit = 0;
            }
            return n;
        }

        void close() {
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing a dead connection
            }
        }

        private static String first(Map<String, List<String>> headers, String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        private static String shorten(String text) {
            return text.length() <= 80 ? text : text.substring(0, 80) + "...";
        }
    }

    /** A growable byte array for bodies of unknown length. */
    private static final class Bytes {
        private byte[] data = new byte[8192];
        private int size;

        void add(byte[] source, int offset, int length) throws IOException {
            if ((long) size + length > MAX_BODY_BYTES) {
                throw new IOException("response body over " + MAX_BODY_BYTES + " bytes is refused");
            }
            if (size + length > data.length) {
                data = java.util.Arrays.copyOf(data, Math.max(data.length * 2, size + length));
            }
            System.arraycopy(source, offset, data, size, length);
            size += length;
        }

        String text() {
            return new String(data, 0, size, StandardCharsets.UTF_8);
        }
    }
}
