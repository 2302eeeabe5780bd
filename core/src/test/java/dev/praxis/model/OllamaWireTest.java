package dev.praxis.model;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Ollama backend (/api/chat, NDJSON) through the real OllamaChatModel and OllamaStreamingChatModel. */
class OllamaWireTest {

    @StartStop
    final MockWebServer server = new MockWebServer();

    final RecordingSleeper sleeper = new RecordingSleeper();
    final List<String> tokens = new ArrayList<>();

    static final ToolSpecification WEATHER = ToolSpecification.builder().name("get_weather")
            .parameters(JsonObjectSchema.builder().addStringProperty("city").required("city").build()).build();

    TokenStreamingModel model(String apiKey) {
        ModelOptions options = ModelOptions.builder().baseUrl(server.url("/").toString()).apiKey(apiKey)
                .retry(OpenAiWireTest.fastRetries()).timeout(Duration.ofMillis(800)).env(Map.of()).build();
        return Models.create(ModelSpec.parse("ollama/qwen2.5:7b"), options, null, sleeper, Clock.systemUTC());
    }

    static ChatRequest ask(String text, ToolSpecification... tools) {
        return ChatRequest.builder().messages(UserMessage.from(text)).toolSpecifications(tools).build();
    }

    static MockResponse ndjson(String body) {
        return new MockResponse.Builder().setHeader("Content-Type", "application/x-ndjson").body(body).build();
    }

    static MockResponse error(int code, String message) {
        return new MockResponse.Builder().code(code).body("{\"error\":\"" + message + "\"}").build();
    }

    @Test
    void honoursRetryAfterOn429() {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "1")
                .body("{\"error\":\"too many requests\"}").build());
        server.enqueue(new MockResponse.Builder().body(WireBodies.ollamaText("Hi")).build());

        ChatResponse response = model(null).chat(ask("hi"));

        assertThat(response.aiMessage().text()).isEqualTo("Hi");
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void retries503ThenStreams() {
        server.enqueue(error(503, "server busy, please try again.  maximum pending requests exceeded"));
        server.enqueue(ndjson(WireBodies.ollamaLine("ok") + WireBodies.ollamaDone()));

        ChatResponse response = model(null).chat(ask("hi"), tokens::add);

        assertThat(response.aiMessage().text()).isEqualTo("ok");
        assertThat(tokens).containsExactly("ok");
        assertThat(((TracedResponseMetadata) response.metadata()).trace().failures()).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("HTTP 503"));
    }

    @Test
    void streaming404SaysHowToPullTheModel() {
        server.enqueue(error(404, "model 'qwen2.5:7b' not found"));

        assertThatThrownBy(() -> model(null).chat(ask("hi"), tokens::add))
                .isInstanceOf(ModelNotFoundException.class)
                .hasMessageContaining("pull it with `ollama pull qwen2.5:7b`");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void reports401AndSendsTheKeyOnlyAsAHeader() throws Exception {
        String key = "ollama-cloud-secret";
        server.enqueue(error(401, "unauthorized"));

        assertThatThrownBy(() -> model(key).chat(ask("hi")))
                .isInstanceOf(ModelAuthenticationException.class)
                .satisfies(e -> assertThat(OpenAiWireTest.stackText(e)).doesNotContain(key));
        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + key);
    }

    @Test
    void executesAQwenToolCallLeftInTheStreamedText() {
        server.enqueue(ndjson(WireBodies.ollamaLine("<tool_call>\n{\"name\": \"get_weather\", ")
                + WireBodies.ollamaLine("\"arguments\": {\"city\": \"Lima\"}}\n</tool_call>") + WireBodies.ollamaDone()));

        ChatResponse response = model(null).chat(ask("weather in Lima", WEATHER), tokens::add);

        assertThat(response.aiMessage().toolExecutionRequests()).singleElement().satisfies(call -> {
            assertThat(call.name()).isEqualTo("get_weather");
            assertThat(call.arguments()).isEqualTo("{\"city\":\"Lima\"}");
            assertThat(call.id()).startsWith("call_");
        });
        assertThat(String.join("", tokens)).isEmpty();
    }

    @Test
    void readTimeoutBecomesATimeoutError() {
        server.enqueue(new MockResponse.Builder().headersDelay(3, TimeUnit.SECONDS)
                .body(WireBodies.ollamaText("late")).build());
        ModelOptions options = ModelOptions.builder().baseUrl(server.url("/").toString()).retry(RetryPolicy.none())
                .timeout(Duration.ofMillis(300)).build();
        TokenStreamingModel model = Models.create(ModelSpec.parse("ollama/qwen2.5:7b"), options, null, sleeper,
                Clock.systemUTC());

        assertThatThrownBy(() -> model.chat(ask("hi"))).isInstanceOf(ModelTimeoutException.class)
                .hasMessageContaining("did not answer in time");
    }

    @Test
    void plainReplyThatIsNotDoneIsTruncatedAndRetried() {
        // an NDJSON stream cut off before its "done":true line, sent to a plain request: LangChain4j reads only
        // the first line, which would pass for the answer "Hel"
        server.enqueue(ndjson(WireBodies.ollamaLine("Hel") + WireBodies.ollamaLine("lo")));
        server.enqueue(new MockResponse.Builder().body(WireBodies.ollamaText("Hello")).build());

        ChatResponse response = model(null).chat(ask("hi"));

        assertThat(response.aiMessage().text()).isEqualTo("Hello");
        assertThat(((TracedResponseMetadata) response.metadata()).trace().failures()).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("was cut off").contains("\"done\":false"));
    }

    @Test
    void plainBodyCutInTheMiddleOfItsJsonIsTruncated() {
        String full = WireBodies.ollamaText("complete answer");
        server.enqueue(new MockResponse.Builder().body(full.substring(0, full.length() / 2)).build());
        ModelOptions options = ModelOptions.builder().baseUrl(server.url("/").toString()).retry(RetryPolicy.none())
                .env(Map.of()).build();
        TokenStreamingModel model = Models.create(ModelSpec.parse("ollama/qwen2.5:7b"), options, null, sleeper,
                Clock.systemUTC());

        assertThatThrownBy(() -> model.chat(ask("hi"))).isInstanceOf(ModelTruncatedException.class)
                .hasMessageContaining("the body ended in the middle of its JSON");
    }
}
