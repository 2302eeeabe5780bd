package dev.praxis.examples.spring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An OpenAI-compatible model server on loopback that answers each {@code POST /v1/chat/completions} with the next
 * scripted body (made with {@code OpenAiResponses}) and {@code GET /v1/models} with one model; it keeps every chat
 * request. A script, not a fake model: the test decides what the "model" says at each step.
 */
final class ScriptedOpenAiServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Queue<String> replies = new ConcurrentLinkedQueue<>();
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();

    ScriptedOpenAiServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    void script(String... bodies) {
        replies.addAll(List.of(bodies));
    }

    List<JsonNode> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (exchange.getRequestMethod().equals("GET") && path.equals("/v1/models")) {
                send(exchange, 200, "{\"object\":\"list\",\"data\":[{\"id\":\"shop-model\",\"object\":\"model\"}]}");
            } else if (exchange.getRequestMethod().equals("POST") && path.equals("/v1/chat/completions")) {
                requests.add(JSON.readTree(exchange.getRequestBody()));
                String reply = replies.poll();
                send(exchange, reply == null ? 500 : 200, reply == null
                        ? "{\"error\":{\"message\":\"script exhausted\",\"type\":\"server_error\"}}" : reply);
            } else {
                send(exchange, 404, "{}");
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
