package dev.praxis.testing.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A model server on loopback that behaves as a {@link FakeServerBehaviour} says, for testing clients against the
 * exact wire formats: OpenAI-compatible kinds answer {@code GET /v1/models} and {@code POST /v1/chat/completions}
 * (llama.cpp also {@code GET /props}); Ollama answers {@code GET /api/tags}, {@code POST /api/show} and
 * {@code POST /api/chat}. The fake model calls the first offered tool once per known city in the last user message
 * (Berlin, Paris, Tokyo...), answers "42" to "17 + 25", and otherwise echoes the question. Every chat request body is
 * kept for assertions.
 *
 * <pre>{@code
 * try (FakeModelServer server = FakeModelServer.start(FakeServerBehaviour.vllmWithToolParser("Qwen/Qwen3-8B"))) {
 *     ChatModel model = OpenAiChatModel.builder().baseUrl(server.baseUrl()).modelName("Qwen/Qwen3-8B").build();
 * }
 * }</pre>
 */
public final class FakeModelServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_REQUEST_BYTES = 4 * 1024 * 1024;

    private final FakeServerBehaviour behaviour;
    private final HttpServer server;
    private final ExecutorService executor;
    private final List<JsonNode> chatRequests = new CopyOnWriteArrayList<>();

    private FakeModelServer(FakeServerBehaviour behaviour) throws IOException {
        this.behaviour = behaviour;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.executor = Executors.newFixedThreadPool(2);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * Starts a server on a free loopback port.
     *
     * @param behaviour what the server imitates
     * @return the running server; close it to stop it
     */
    public static FakeModelServer start(FakeServerBehaviour behaviour) {
        try {
            return new FakeModelServer(behaviour);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the fake model server", e);
        }
    }

    /**
     * The base URL a client is given: {@code http://127.0.0.1:PORT/v1}, or the server root for Ollama.
     *
     * @return the URL to give a LangChain4j client
     */
    public String baseUrl() {
        return behaviour.kind() == FakeServerBehaviour.Kind.OLLAMA ? rootUrl() : rootUrl() + "/v1";
    }

    /**
     * {@code http://127.0.0.1:PORT}.
     *
     * @return the server root URL
     */
    public String rootUrl() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    /**
     * The behaviour it was started with.
     *
     * @return the behaviour
     */
    public FakeServerBehaviour behaviour() {
        return behaviour;
    }

    /**
     * The body of every chat request received so far, in order.
     *
     * @return a copy of the parsed request bodies
     */
    public List<JsonNode> chatRequests() {
        return List.copyOf(chatRequests);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String route = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
            byte[] body = read(exchange.getRequestBody());
            if (behaviour.kind() == FakeServerBehaviour.Kind.OLLAMA) {
                ollama(exchange, route, body);
            } else {
                openAi(exchange, route, body);
            }
        }
    }

    private void openAi(HttpExchange exchange, String route, byte[] body) throws IOException {
        switch (route) {
            case "GET /v1/models" -> send(exchange, 200, "application/json", modelList());
            case "GET /props" -> {
                if (behaviour.kind() != FakeServerBehaviour.Kind.LLAMA_CPP) {
                    send(exchange, 404, "application/json", "{\"detail\":\"Not Found\"}");
                } else {
                    send(exchange, 200, "application/json", llamaCppProps());
                }
            }
            case "POST /v1/chat/completions" -> {
                JsonNode request = JSON.readTree(body);
                chatRequests.add(request);
                FakeTurn turn = FakeTurn.of(request);
                if (isUnknownModel(request)) {
                    send(exchange, 404, "application/json", "{\"object\":\"error\",\"message\":\"The model `"
                            + request.path("model").asText() + "` does not exist.\",\"type\":\"NotFoundError\",\"code\":404}");
                } else if (turn.nativeTools() && behaviour.toolReply() == FakeServerBehaviour.ToolReply.REFUSED) {
                    send(exchange, behaviour.refusal().status(), "application/json", behaviour.refusal().body());
                } else if (turn.stream()) {
                    send(exchange, 200, "text/event-stream", new OpenAiFakeReplies(behaviour).stream(turn));
                } else {
                    send(exchange, 200, "application/json", new OpenAiFakeReplies(behaviour).completion(turn));
                }
            }
            default -> send(exchange, 404, "application/json", "{\"error\":{\"message\":\"no route " + route + "\"}}");
        }
    }

    private void ollama(HttpExchange exchange, String route, byte[] body) throws IOException {
        switch (route) {
            case "GET /" -> send(exchange, 200, "text/plain", "Ollama is running");
            case "GET /api/tags" -> send(exchange, 200, "application/json", ollamaTags());
            case "POST /api/show" -> {
                JsonNode request = JSON.readTree(body);
                if (isUnknownModel(request)) {
                    send(exchange, 404, "application/json", "{\"error\":\"model '" + request.path("model").asText()
                            + "' not found\"}");
                } else {
                    send(exchange, 200, "application/json", ollamaShow());
                }
            }
            case "POST /api/chat" -> {
                JsonNode request = JSON.readTree(body);
                chatRequests.add(request);
                FakeTurn turn = FakeTurn.of(request);
                if (isUnknownModel(request)) {
                    send(exchange, 404, "application/json", "{\"error\":\"model \\\"" + request.path("model").asText()
                            + "\\\" not found, try pulling it first\"}");
                } else if (turn.nativeTools() && behaviour.toolReply() == FakeServerBehaviour.ToolReply.REFUSED) {
                    send(exchange, behaviour.refusal().status(), "application/json", behaviour.refusal().body());
                } else if (request.path("stream").asBoolean(true)) {
                    // Ollama streams unless told not to
                    send(exchange, 200, "application/x-ndjson", new OllamaFakeReplies(behaviour).stream(turn));
                } else {
                    send(exchange, 200, "application/json", new OllamaFakeReplies(behaviour).reply(turn));
                }
            }
            default -> send(exchange, 404, "text/plain", "404 page not found");
        }
    }

    /** llama.cpp serves whatever model it loaded, whatever the request names. */
    private boolean isUnknownModel(JsonNode request) {
        return behaviour.kind() != FakeServerBehaviour.Kind.LLAMA_CPP
                && !behaviour.servedModel().equals(request.path("model").asText());
    }

    private String modelList() {
        ObjectNode list = JSON.createObjectNode();
        list.put("object", "list");
        ObjectNode model = list.putArray("data").addObject();
        model.put("id", behaviour.servedModel());
        model.put("object", "model");
        model.put("created", 1730000000);
        switch (behaviour.kind()) {
            case VLLM -> {
                model.put("owned_by", "vllm");
                behaviour.contextLength().ifPresent(n -> model.put("max_model_len", n));
            }
            case LLAMA_CPP -> {
                model.put("owned_by", "llamacpp");
                model.putObject("meta").put("n_ctx_train", 40960);
            }
            default -> model.put("owned_by", "organization-owner");
        }
        return list.toString();
    }

    private String llamaCppProps() {
        ObjectNode props = JSON.createObjectNode();
        ObjectNode settings = props.putObject("default_generation_settings");
        behaviour.contextLength().ifPresent(n -> settings.put("n_ctx", n));
        props.put("total_slots", 1);
        props.put("model_path", "/models/" + behaviour.servedModel() + ".gguf");
        return props.toString();
    }

    private String ollamaTags() {
        ObjectNode tags = JSON.createObjectNode();
        ObjectNode model = tags.putArray("models").addObject();
        model.put("name", behaviour.servedModel());
        model.put("model", behaviour.servedModel());
        model.put("size", 5_200_000_000L);
        return tags.toString();
    }

    private String ollamaShow() {
        ObjectNode show = JSON.createObjectNode();
        show.put("template", behaviour.toolReply() == FakeServerBehaviour.ToolReply.NATIVE
                ? "{{- if .Tools }}<tools>{{ range .Tools }}{{ . }}{{ end }}</tools>{{ end }}" : "{{ .Prompt }}");
        ObjectNode info = show.putObject("model_info");
        info.put("general.architecture", "qwen3");
        behaviour.contextLength().ifPresent(n -> info.put("qwen3.context_length", n));
        var capabilities = show.putArray("capabilities").add("completion");
        if (behaviour.toolReply() != FakeServerBehaviour.ToolReply.REFUSED) {
            capabilities.add("tools");
        }
        return show.toString();
    }

    private static byte[] read(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_REQUEST_BYTES + 1);
        if (body.length > MAX_REQUEST_BYTES) {
            throw new IOException("request body over " + MAX_REQUEST_BYTES + " bytes");
        }
        return body;
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
