package dev.praxis.model;

import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpMethod;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The model HTTP path ({@link ModelHttpClient} on a {@link ModelTransport}) against a scripted server on 127.0.0.1
 * that writes exact bytes: keep-alive reuse, the framings a server may choose, a pooled connection the server closed,
 * time-outs, interrupts, every {@link HttpLimits} bound, and closing.
 */
class ModelHttpClientTest {

    /** Appended to a scripted reply: close the connection once it is written. */
    private static final String CLOSE = "<close>";

    /** Appended to a scripted reply: write it, then neither write nor close for a minute. */
    private static final String HANG = "<hang>";

    /** What the scripted server does with one request on a connection: the raw bytes to write back, or null to hang. */
    interface Script {
        String reply(int connection, int request, String head, String body);
    }

    private ServerSocket listener;
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger closedByClient = new AtomicInteger();
    private final List<String> heads = new CopyOnWriteArrayList<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final BlockingQueue<Socket> open = new LinkedBlockingQueue<>();
    private volatile Script script;
    private volatile boolean stopReading;
    private final List<ModelTransport> transports = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            try {
                while (true) {
                    Socket socket = listener.accept();
                    open.add(socket);
                    int index = connections.incrementAndGet();
                    Thread serve = new Thread(() -> serve(socket, index), "scripted-" + index);
                    serve.setDaemon(true);
                    serve.start();
                }
            } catch (IOException closed) {
                // listener closed
            }
        }, "scripted-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void stop() throws IOException {
        transports.forEach(ModelTransport::close);
        listener.close();
        for (Socket socket : open) {
            socket.close();
        }
    }

    private void serve(Socket socket, int connection) {
        try (socket) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            for (int request = 1; ; request++) {
                String head = readHead(in);
                if (head == null) {
                    closedByClient.incrementAndGet();
                    return;
                }
                if (stopReading) {
                    heads.add(head);
                    Thread.sleep(60_000);
                    return;
                }
                int length = 0;
                for (String line : head.split("\r\n")) {
                    if (line.toLowerCase().startsWith("content-length:")) {
                        length = Integer.parseInt(line.substring(15).trim());
                    }
                }
                String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
                heads.add(head);
                bodies.add(body);
                String reply = script.reply(connection, request, head, body);
                if (reply == null) {
                    Thread.sleep(60_000);
                    return;
                }
                boolean close = reply.endsWith(CLOSE);
                boolean hang = reply.endsWith(HANG);
                int marker = close ? CLOSE.length() : hang ? HANG.length() : 0;
                out.write(reply.substring(0, reply.length() - marker).getBytes(StandardCharsets.UTF_8));
                out.flush();
                if (hang) {
                    Thread.sleep(60_000);
                }
                if (close || hang) {
                    return;
                }
            }
        } catch (IOException e) {
            // the client reset the connection (a close with SO_LINGER 0) or went away
            closedByClient.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            byte[] bytes = head.toByteArray();
            int n = bytes.length;
            if (n >= 4 && bytes[n - 4] == '\r' && bytes[n - 3] == '\n' && bytes[n - 2] == '\r' && bytes[n - 1] == '\n') {
                return head.toString(StandardCharsets.ISO_8859_1);
            }
        }
        return null;
    }

    private static String ok(String body) {
        return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
    }

    private ModelHttpClient client(Duration readTimeout) {
        return client(readTimeout, HttpLimits.defaults().withConnectTimeout(Duration.ofSeconds(2)));
    }

    private ModelHttpClient client(Duration readTimeout, HttpLimits limits) {
        ModelTransport transport = new ModelTransport(limits, readTimeout, Duration.ofMinutes(1));
        transports.add(transport);
        return new ModelHttpClient(transport, Clock.systemUTC());
    }

    private HttpRequest post(String body) {
        return HttpRequest.builder().method(HttpMethod.POST)
                .url("http://127.0.0.1:" + listener.getLocalPort() + "/v1/chat/completions")
                .addHeader("Content-Type", "application/json").addHeader("Authorization", "Bearer k")
                .body(body).build();
    }

    @Test
    void sendsTheRequestAndReusesOneKeepAliveConnection() {
        script = (connection, request, head, body) -> ok("{\"n\":" + request + ",\"echo\":" + body + "}");
        ModelHttpClient client = client(Duration.ofSeconds(5));

        SuccessfulHttpResponse first = client.execute(post("{\"q\":\"é€\"}"));
        SuccessfulHttpResponse second = client.execute(post("[2]"));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).isEqualTo("{\"n\":1,\"echo\":{\"q\":\"é€\"}}");
        assertThat(second.body()).isEqualTo("{\"n\":2,\"echo\":[2]}");
        assertThat(first.headers().get("content-type")).containsExactly("application/json");
        assertThat(connections.get()).isEqualTo(1);
        assertThat(heads.get(0)).startsWith("POST /v1/chat/completions HTTP/1.1\r\n")
                .contains("Host: 127.0.0.1:" + listener.getLocalPort() + "\r\n")
                .contains("Authorization: Bearer k\r\n")
                .contains("Content-Length: " + "{\"q\":\"é€\"}".getBytes(StandardCharsets.UTF_8).length + "\r\n");
        assertThat(bodies).containsExactly("{\"q\":\"é€\"}", "[2]");
    }

    @Test
    void readsChunkedAndCloseDelimitedBodiesAndSkipsInterimResponses() {
        script = (connection, request, head, body) -> switch (request) {
            case 1 -> "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "5;ext=1\r\nhello\r\n7\r\n, world\r\n0\r\nX-Trailer: t\r\n\r\n";
            default -> "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nuntil the end" + CLOSE;
        };
        ModelHttpClient client = client(Duration.ofSeconds(5));

        assertThat(client.execute(post("{}")).body()).isEqualTo("hello, world");
        assertThat(client.execute(post("{}")).body()).isEqualTo("until the end");
        script = (connection, request, head, body) -> ok("fresh");
        assertThat(client.execute(post("{}")).body()).isEqualTo("fresh");
        assertThat(connections.get()).as("Connection: close is not reused").isEqualTo(2);
    }

    @Test
    void sendsAgainOnANewConnectionWhenThePooledOneWasClosedByTheServer() {
        script = (connection, request, head, body) -> ok("c" + connection) + (connection == 1 ? CLOSE : "");
        ModelHttpClient client = client(Duration.ofSeconds(5));

        assertThat(client.execute(post("{}")).body()).isEqualTo("c1");
        assertThat(client.execute(post("{}")).body()).isEqualTo("c2");
        assertThat(connections.get()).isEqualTo(2);
        assertThat(bodies).hasSize(2);
    }

    @Test
    void errorStatusKeepsBodyAndRetryAfter() {
        script = (connection, request, head, body) ->
                "HTTP/1.1 429 Too Many Requests\r\nRetry-After: 7\r\nContent-Length: 4\r\n\r\nslow";
        ModelHttpClient client = client(Duration.ofSeconds(5));

        assertThatThrownBy(() -> client.execute(post("{}")))
                .isInstanceOfSatisfying(StatusException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(429);
                    assertThat(e.getMessage()).contains("slow");
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
                });
    }

    @Test
    void aServerThatDoesNotAnswerWithinTheReadTimeoutGivesATimeout() {
        script = (connection, request, head, body) -> null;
        ModelHttpClient client = client(Duration.ofMillis(300));

        long start = System.nanoTime();
        assertThatThrownBy(() -> client.execute(post("{}"))).isInstanceOf(TimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void interruptingTheCallerEndsABlockedCall() throws Exception {
        script = (connection, request, head, body) -> null;
        ModelHttpClient client = client(Duration.ofMinutes(5));
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                client.execute(post("{}"));
            } catch (RuntimeException e) {
                failure.set(e);
                stillInterrupted.set(Thread.currentThread().isInterrupted());
            }
        });
        caller.start();
        while (bodies.isEmpty()) {
            Thread.sleep(10);
        }
        caller.interrupt();
        caller.join(TimeUnit.SECONDS.toMillis(30));

        assertThat(caller.isAlive()).isFalse();
        assertThat(failure.get()).isInstanceOf(IllegalStateException.class).hasMessageContaining("interrupted");
        assertThat(stillInterrupted.get()).isTrue();
    }

    @Test
    void aTruncatedBodyIsAnErrorNotAShortAnswer() {
        script = (connection, request, head, body) -> "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly this" + CLOSE;
        ModelHttpClient client = client(Duration.ofSeconds(5));

        assertThatThrownBy(() -> client.execute(post("{}"))).isInstanceOf(UncheckedIOException.class)
                .hasRootCauseMessage("Premature end of Content-Length delimited message body (expected: 100;"
                        + " received: 9)");
    }

    @Test
    void headerValuesWithLineBreaksAreRefused() {
        script = (connection, request, head, body) -> ok("{}");
        ModelHttpClient client = client(Duration.ofSeconds(5));
        HttpRequest smuggling = HttpRequest.builder().method(HttpMethod.POST)
                .url("http://127.0.0.1:" + listener.getLocalPort() + "/v1/chat/completions")
                .addHeader("X-Note", "a\r\nX-Injected: 1").body("{}").build();

        assertThatThrownBy(() -> client.execute(smuggling)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("X-Note");
        assertThat(bodies).isEmpty();
    }

    @Test
    void refusesABodyWhoseContentLengthIsOverTheLimitWithoutWaitingForIt() {
        // the server declares 100 kB and sends none of it: a client that sized a buffer or waited would hang
        script = (connection, request, head, body) -> "HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n";
        ModelHttpClient client = client(Duration.ofMinutes(1), HttpLimits.defaults().withMaxResponseBytes(1024));

        assertThatThrownBy(() -> client.execute(post("{}"))).isInstanceOf(UncheckedIOException.class)
                .hasRootCauseInstanceOf(ResponseRefusedException.class)
                .hasRootCauseMessage("the response body declares 100000 bytes (Content-Length), over the limit of"
                        + " 1024 bytes (HttpLimits.maxResponseBytes)");
    }

    @Test
    void refusesAChunkedBodyThatRunsPastTheLimit() {
        String chunk = "x".repeat(1000);
        script = (connection, request, head, body) -> "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "3e8\r\n" + chunk + "\r\n3e8\r\n" + chunk + "\r\n0\r\n\r\n";
        ModelHttpClient client = client(Duration.ofSeconds(5), HttpLimits.defaults().withMaxResponseBytes(1500));

        assertThatThrownBy(() -> client.execute(post("{}"))).hasRootCauseInstanceOf(ResponseRefusedException.class)
                .hasRootCauseMessage("the response body has more than 1500 bytes, the limit"
                        + " (HttpLimits.maxResponseBytes)");
        script = (connection, request, head, body) -> ok("2000 bytes is fine here");
        assertThat(client(Duration.ofSeconds(5), HttpLimits.defaults().withMaxResponseBytes(2000))
                .execute(post("{}")).body()).isEqualTo("2000 bytes is fine here");
    }

    @Test
    void refusesMoreHeaderLinesThanTheLimit() {
        StringBuilder many = new StringBuilder("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n");
        for (int i = 0; i < 20; i++) {
            many.append("X-Filler-").append(i).append(": y\r\n");
        }
        script = (connection, request, head, body) -> many + "\r\n{}";
        ModelHttpClient client = client(Duration.ofSeconds(5), HttpLimits.defaults().withHeaderLimits(10, 8192));

        assertThatThrownBy(() -> client.execute(post("{}"))).hasRootCauseInstanceOf(
                        org.apache.hc.core5.http.MessageConstraintException.class)
                .hasMessageContaining("HttpLimits.maxHeaderCount 10");
    }

    @Test
    void refusesAHeaderLineLongerThanTheLimit() {
        script = (connection, request, head, body) -> "HTTP/1.1 200 OK\r\nX-Big: " + "z".repeat(5000)
                + "\r\nContent-Length: 2\r\n\r\n{}";
        ModelHttpClient client = client(Duration.ofSeconds(5), HttpLimits.defaults().withHeaderLimits(100, 1024));

        assertThatThrownBy(() -> client.execute(post("{}"))).hasRootCauseInstanceOf(
                        org.apache.hc.core5.http.MessageConstraintException.class)
                .hasMessageContaining("maxHeaderLineBytes 1024");
    }

    @Test
    void theCallTimeoutEndsACallWhoseBodyNeverCompletes() {
        // headers and half the body, then silence: the read timeout (1 min) would wait, the call timeout does not
        script = (connection, request, head, body) -> "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhalf" + HANG;
        ModelHttpClient client = client(Duration.ofMinutes(1),
                HttpLimits.defaults().withCallTimeout(Duration.ofMillis(300)));

        assertThatThrownBy(() -> client.execute(post("{}"))).isInstanceOf(TimeoutException.class)
                .hasRootCauseMessage("no complete response within the call timeout of 300 ms (HttpLimits.callTimeout)");
    }

    @Test
    void theWriteTimeoutEndsARequestTheServerStopsReading() {
        stopReading = true;
        ModelHttpClient client = client(Duration.ofMinutes(1),
                HttpLimits.defaults().withWriteTimeout(Duration.ofMillis(300)));
        String huge = "[" + "1,".repeat(16 << 20) + "1]";

        assertThatThrownBy(() -> client.execute(post(huge))).isInstanceOf(TimeoutException.class)
                .hasRootCauseMessage("the request was not sent within the write timeout of 300 ms"
                        + " (HttpLimits.writeTimeout)");
    }

    @Test
    void closingTheTransportClosesItsConnectionsStopsItsThreadsAndRefusesFurtherCalls() throws Exception {
        script = (connection, request, head, body) -> ok("{}");
        ModelTransport transport = new ModelTransport(HttpLimits.defaults(), Duration.ofSeconds(5),
                Duration.ofMinutes(1));
        ModelHttpClient client = new ModelHttpClient(transport, Clock.systemUTC());
        client.execute(post("{}"));
        String prefix = threadPrefix(transport);

        transport.close();
        transport.close();

        assertThat(transport.timer().awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(transport.streams().awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (closedByClient.get() < 1 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(closedByClient.get()).as("the pooled connection was closed").isEqualTo(1);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.isAlive() && t.getName().startsWith(prefix));
        assertThatThrownBy(() -> client.execute(post("{}"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    /** The name prefix of the transport's threads, read from its timer thread (it starts with the transport). */
    private static String threadPrefix(ModelTransport transport) throws Exception {
        String[] name = new String[1];
        transport.timer().submit(() -> name[0] = Thread.currentThread().getName()).get();
        return name[0].substring(0, name[0].indexOf("-timer"));
    }
}
