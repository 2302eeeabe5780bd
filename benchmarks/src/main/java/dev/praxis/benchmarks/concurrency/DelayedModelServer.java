package dev.praxis.benchmarks.concurrency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.praxis.testing.OpenAiResponses;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local OpenAI-compatible server on 127.0.0.1 (ephemeral port) that answers every
 * {@code POST /v1/chat/completions} exactly {@code latency} after it arrived: with a call to {@code add(2, 3)}
 * when the last message is not a tool result, with a final answer when it is. The wait holds no thread: the
 * reply is scheduled on a timer, so a thousand requests in flight cost a thousand open exchanges, not threads.
 *
 * <pre>{@code
 * try (DelayedModelServer server = DelayedModelServer.start(Duration.ofMillis(200))) {
 *     OpenAiChatModel model = OpenAiChatModel.builder().baseUrl(server.baseUrl())...build();
 * }
 * }</pre>
 */
public final class DelayedModelServer implements AutoCloseable {

    static final String ANSWER = "2 + 3 = 5";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService readers;
    private final ScheduledExecutorService timer;
    private final long latencyNanos;
    private final AtomicLong requests = new AtomicLong();

    private DelayedModelServer(Duration latency) throws IOException {
        // The JDK server closes idle keep-alive connections above 200 by default; the sessions need one each.
        System.setProperty("sun.net.httpserver.maxIdleConnections", "4000");
        // Without TCP_NODELAY the header and body writes of a reply meet delayed ACKs: +40-50 ms per call.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.latencyNanos = latency.toNanos();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4096);
        this.readers = Executors.newFixedThreadPool(4);
        this.timer = Executors.newScheduledThreadPool(2);
        server.createContext("/v1/chat/completions", this::handle);
        server.setExecutor(readers);
        server.start();
    }

    /** Starts a server that answers every request after {@code latency}. */
    public static DelayedModelServer start(Duration latency) {
        try {
            return new DelayedModelServer(latency);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the model server on 127.0.0.1", e);
        }
    }

    /** The base URL for an OpenAI-compatible client, e.g. {@code http://127.0.0.1:43121/v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Requests received so far. */
    public long requests() {
        return requests.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        long arrived = System.nanoTime();
        requests.incrementAndGet();
        JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
        String body = hasToolResult(request) ? OpenAiResponses.answer(ANSWER)
                : OpenAiResponses.toolCalls(OpenAiResponses.call("call_" + requests.get(), "add", "{\"a\":2,\"b\":3}"));
        long wait = latencyNanos - (System.nanoTime() - arrived);
        timer.schedule(() -> reply(exchange, body), wait, TimeUnit.NANOSECONDS);
    }

    /** Whether the last message is a tool result: earlier turns of the session leave theirs in the history. */
    private static boolean hasToolResult(JsonNode request) {
        JsonNode messages = request.path("messages");
        return messages.size() > 0 && "tool".equals(messages.get(messages.size() - 1).path("role").asText());
    }

    private static void reply(HttpExchange exchange, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = exchange.getResponseBody()) {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            out.write(bytes);
        } catch (IOException e) {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        timer.shutdownNow();
        readers.shutdownNow();
    }
}
