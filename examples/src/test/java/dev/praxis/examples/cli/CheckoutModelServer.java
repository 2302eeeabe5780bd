package dev.praxis.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.praxis.json.PraxisJson;
import dev.praxis.testing.OpenAiResponses;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An OpenAI-compatible model server on loopback that does what a real model does for a shop checkout, which the
 * offline model cannot (it fills no address object and copies no approval token; see docs/ecommerce-transcript.md).
 * A user message creates a cart, adds the SKU it names, prepares the checkout to a fixed address and answers with the
 * total; the next user message ("yes") places the order with the preview's token; after the order it reports the
 * order id. Speaks the wire format plain and streamed ({@code "stream": true}), as LangChain4j's clients read it.
 */
final class CheckoutModelServer implements AutoCloseable {

    static final String SKU = "P0283-RED-40";
    private static final String ADDRESS = "{\"name\":\"Ada Shopper\",\"line1\":\"1 Main St\",\"city\":\"San Francisco\","
            + "\"region\":\"CA\",\"postal_code\":\"94105\",\"country\":\"US\"}";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);

    CheckoutModelServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** {@code http://127.0.0.1:PORT/v1}, for {@code PRAXIS_BASE_URL}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (exchange.getRequestMethod().equals("GET")) {
                send(exchange, "application/json", "{\"object\":\"list\",\"data\":[{\"id\":\"shopper\",\"object\":\"model\"}]}");
                return;
            }
            JsonNode request = PraxisJson.parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            Step step = next(request.path("messages"));
            boolean stream = request.path("stream").asBoolean(false);
            send(exchange, stream ? "text/event-stream" : "application/json", stream ? step.streamed() : step.plain());
        }
    }

    private static void send(HttpExchange exchange, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** The next step from the conversation so far, as the model sees it. */
    static Step next(JsonNode messages) {
        JsonNode last = messages.get(messages.size() - 1);
        if (!last.path("role").asText().equals("tool")) {
            return preview(messages).map(json -> Step.call("place_order", "{\"approval_token\":\""
                            + json.path("approval_token").asText() + "\",\"idempotency_key\":\"web-"
                            + json.path("checkout_id").asText() + "\"}"))
                    .orElseGet(() -> Step.call("create_cart", "{}"));
        }
        JsonNode json = parse(last.path("content").asText());
        return switch (toolName(messages, last.path("tool_call_id").asText())) {
            case "create_cart" -> Step.call("add_to_cart", "{\"cart_id\":\"" + json.path("cart_id").asText()
                    + "\",\"sku\":\"" + SKU + "\",\"quantity\":1}");
            case "add_to_cart" -> Step.call("prepare_checkout", "{\"cart_id\":\"" + json.path("cart_id").asText()
                    + "\",\"address\":" + ADDRESS + "}");
            case "prepare_checkout" -> Step.text("Your order comes to " + json.at("/price/total/amount").asText() + " "
                    + json.at("/price/total/currency").asText() + " with tax, shipped to Ada Shopper, 1 Main St, San "
                    + "Francisco. Shall I place it?");
            default -> Step.text(json.path("order").has("order_id")
                    ? "Order " + json.path("order").path("order_id").asText() + " is placed."
                    : "The order was not placed: " + last.path("content").asText());
        };
    }

    private static Optional<JsonNode> preview(JsonNode messages) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            JsonNode message = messages.get(i);
            if (message.path("role").asText().equals("tool")
                    && toolName(messages, message.path("tool_call_id").asText()).equals("prepare_checkout")) {
                return Optional.of(parse(message.path("content").asText()));
            }
        }
        return Optional.empty();
    }

    /** The OpenAI wire names a tool result only by its call id: the name is in the assistant's call. */
    private static String toolName(JsonNode messages, String callId) {
        for (JsonNode message : messages) {
            for (JsonNode call : message.path("tool_calls")) {
                if (call.path("id").asText().equals(callId)) {
                    return call.at("/function/name").asText();
                }
            }
        }
        return "";
    }

    private static JsonNode parse(String text) {
        try {
            return PraxisJson.parse(text);
        } catch (RuntimeException notJson) {
            return PraxisJson.objectNode();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** A tool call or a text answer, in both wire forms. */
    record Step(String tool, String text) {

        static Step call(String name, String argumentsJson) {
            return new Step(name, argumentsJson);
        }

        static Step text(String answer) {
            return new Step("", answer);
        }

        String plain() {
            return tool.isEmpty() ? OpenAiResponses.answer(text)
                    : OpenAiResponses.toolCalls(OpenAiResponses.call("call_" + tool, tool, text));
        }

        String streamed() {
            return tool.isEmpty()
                    ? OpenAiResponses.streamedText(text) + OpenAiResponses.streamedFinish("stop") + OpenAiResponses.streamedEnd()
                    : OpenAiResponses.streamedToolCalls(OpenAiResponses.delta(0, "call_" + tool, tool, text))
                    + OpenAiResponses.streamedFinish("tool_calls") + OpenAiResponses.streamedEnd();
        }
    }
}
