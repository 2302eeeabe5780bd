package dev.praxis.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The OpenAI-compatible backend, non-streaming, through the real OpenAiChatModel against a local server. */
class OpenAiWireTest {

    @StartStop
    final MockWebServer server = new MockWebServer();

    final RecordingSleeper sleeper = new RecordingSleeper();
    final ObjectMapper json = new ObjectMapper();

    static final ToolSpecification FX = ToolSpecification.builder().name("fx_convert")
            .description("Convert an amount between currencies")
            .parameters(JsonObjectSchema.builder().addNumberProperty("amount").addStringProperty("to")
                    .required("amount", "to").build()).build();

    TokenStreamingModel model(RetryPolicy retry, String apiKey) {
        ModelOptions options = ModelOptions.builder().baseUrl(server.url("/v1").toString()).apiKey(apiKey)
                .retry(retry).timeout(Duration.ofMillis(800)).build();
        return Models.create(ModelSpec.parse("vllm/Qwen/Qwen2.5-7B-Instruct"), options, null, sleeper,
                Clock.systemUTC());
    }

    static RetryPolicy fastRetries() {
        return new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1), 2.0, 0.0, Duration.ofSeconds(30));
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }

    @Test
    void honoursRetryAfterOn429ThenAnswers() {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "2")
                .body(WireBodies.openAiError("tokens", "Rate limit reached")).build());
        server.enqueue(json(200, WireBodies.openAiText("Hello")));

        ChatResponse response = model(fastRetries(), null).chat(ChatRequest.builder()
                .messages(UserMessage.from("hi")).build());

        assertThat(response.aiMessage().text()).isEqualTo("Hello");
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(2));
        ModelCallTrace trace = ((TracedResponseMetadata) response.metadata()).trace();
        assertThat(trace.attempts()).isEqualTo(2);
        assertThat(trace.modelUsed()).isEqualTo("vllm/Qwen/Qwen2.5-7B-Instruct");
        assertThat(trace.failures()).singleElement().satisfies(f -> {
            assertThat(f.reason()).contains("HTTP 429");
            assertThat(f.waitAfter()).isEqualTo(Duration.ofSeconds(2));
        });
        assertThat(response.tokenUsage().inputTokenCount()).isEqualTo(12);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void retries500WithBackoffAndSucceeds() {
        server.enqueue(json(500, WireBodies.openAiError("server_error", "The server had an error")));
        server.enqueue(json(503, "{\"error\":{\"code\":503,\"message\":\"Loading model\",\"type\":\"unavailable_error\"}}"));
        server.enqueue(json(200, WireBodies.openAiText("Recovered")));

        ChatResponse response = model(fastRetries(), null).chat(ChatRequest.builder()
                .messages(UserMessage.from("hi")).build());

        assertThat(response.aiMessage().text()).isEqualTo("Recovered");
        assertThat(sleeper.waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(((TracedResponseMetadata) response.metadata()).trace().attempts()).isEqualTo(3);
    }

    @Test
    void givesUpAfterMaxAttemptsWithTheLastError() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(502, "bad gateway"));
        }
        assertThatThrownBy(() -> model(fastRetries(), null).chat(ChatRequest.builder()
                .messages(UserMessage.from("hi")).build()))
                .isInstanceOf(ModelUnavailableException.class)
                .hasMessageContaining("after 3 attempt(s)")
                .hasMessageContaining("HTTP 502");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void reports404ClearlyWithoutRetrying() {
        server.enqueue(json(404, WireBodies.openAiError("invalid_request_error",
                "The model `Qwen/Qwen2.5-7B-Instruct` does not exist")));

        assertThatThrownBy(() -> model(fastRetries(), null).chat(ChatRequest.builder()
                .messages(UserMessage.from("hi")).build()))
                .isInstanceOf(ModelNotFoundException.class)
                .hasMessageContaining("model 'Qwen/Qwen2.5-7B-Instruct' not found at " + server.url("/v1"))
                .hasMessageContaining("/models");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void reports401WithoutTheKey() throws Exception {
        String key = "sk-secret-123456";
        server.enqueue(json(401, WireBodies.openAiError("invalid_request_error",
                "Incorrect API key provided: " + key)));

        assertThatThrownBy(() -> model(fastRetries(), key).chat(ChatRequest.builder()
                .messages(UserMessage.from("hi")).build()))
                .isInstanceOf(ModelAuthenticationException.class)
                .hasMessageContaining("PRAXIS_API_KEY")
                .satisfies(e -> assertThat(stackText(e)).doesNotContain(key));
        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + key);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void readTimeoutBecomesATimeoutError() {
        server.enqueue(new MockResponse.Builder().headersDelay(3, TimeUnit.SECONDS)
                .body(WireBodies.openAiText("too late")).build());

        assertThatThrownBy(() -> model(RetryPolicy.none(), null).chat(ChatRequest.builder()
                .messages(UserMessage.from("hi")).build()))
                .isInstanceOf(ModelTimeoutException.class)
                .hasRootCauseInstanceOf(java.net.SocketTimeoutException.class)
                .hasMessageContaining("did not answer in time");
    }

    @Test
    void executesAToolCallLeftAsTextAndSendsItBackWithAnId() throws Exception {
        String content = "<think>The user wants EUR.</think>\n<tool_call>\n{\"name\": \"fx_convert\", "
                + "\"arguments\": {'amount': 100, 'to': 'EUR',}}\n</tool_call>";
        server.enqueue(json(200, WireBodies.openAiText(content)));
        server.enqueue(json(200, WireBodies.openAiText("100 USD is 92 EUR.")));
        TokenStreamingModel model = model(fastRetries(), null);

        UserMessage user = UserMessage.from("Convert 100 USD to EUR");
        ChatResponse first = model.chat(ChatRequest.builder().messages(user).toolSpecifications(FX).build());

        assertThat(first.aiMessage().text()).isNull();
        assertThat(first.aiMessage().thinking()).isEqualTo("The user wants EUR.");
        assertThat(first.finishReason()).isEqualTo(FinishReason.TOOL_EXECUTION);
        ToolExecutionRequest call = first.aiMessage().toolExecutionRequests().get(0);
        assertThat(call.id()).startsWith("call_");
        assertThat(json.readTree(call.arguments())).isEqualTo(json.readTree("{\"amount\":100,\"to\":\"EUR\"}"));

        model.chat(ChatRequest.builder().toolSpecifications(FX).messages(user, first.aiMessage(),
                ToolExecutionResultMessage.from(call, "{\"converted\":92}")).build());
        server.takeRequest(1, TimeUnit.SECONDS);
        JsonNode followUp = json.readTree(server.takeRequest(1, TimeUnit.SECONDS).getBody().utf8());
        JsonNode assistant = followUp.path("messages").get(1);
        assertThat(assistant.path("tool_calls").get(0).path("id").asText()).isEqualTo(call.id());
        assertThat(assistant.has("function_call")).isFalse();
        assertThat(followUp.path("messages").get(2).path("role").asText()).isEqualTo("tool");
    }

    @Test
    void promptedModeWritesToolsIntoTheSystemPromptAndSendsNoNativeTools() throws Exception {
        server.enqueue(json(200, WireBodies.openAiText("<tool_call>{\"name\":\"fx_convert\",\"arguments\":"
                + "{\"amount\":5,\"to\":\"JPY\"}}</tool_call>")));
        ModelOptions options = ModelOptions.builder().baseUrl(server.url("/v1").toString())
                .toolCalling(ToolCallingMode.PROMPTED).retry(RetryPolicy.none()).build();
        TokenStreamingModel model = Models.create(ModelSpec.parse("llamacpp/qwen"), options, null, sleeper,
                Clock.systemUTC());

        ChatResponse response = model.chat(ChatRequest.builder().messages(UserMessage.from("5 USD in JPY"))
                .toolSpecifications(FX).build());

        assertThat(response.aiMessage().toolExecutionRequests()).singleElement()
                .satisfies(c -> assertThat(c.name()).isEqualTo("fx_convert"));
        JsonNode body = json.readTree(server.takeRequest(1, TimeUnit.SECONDS).getBody().utf8());
        assertThat(body.has("tools")).isFalse();
        String system = body.path("messages").get(0).path("content").asText();
        assertThat(system).contains("<tools>").contains("\"name\":\"fx_convert\"").contains("<tool_call>");
    }

    @Test
    void fallsBackToTheNextModelWhenThePrimaryIsDown() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(503, "overloaded"));
        }
        server.enqueue(json(200, WireBodies.openAiText("from the fallback")));
        ModelOptions options = ModelOptions.builder().baseUrl(server.url("/v1").toString()).retry(fastRetries())
                .fallbacks(List.of(ModelSpec.parse("vllm/small"))).build();
        TokenStreamingModel model = Models.create(ModelSpec.parse("vllm/big"), options, null, sleeper,
                Clock.systemUTC());

        ChatResponse response = model.chat(ChatRequest.builder().messages(UserMessage.from("hi")).build());

        ModelCallTrace trace = ((TracedResponseMetadata) response.metadata()).trace();
        assertThat(trace.fallbackUsed()).isTrue();
        assertThat(trace.modelUsed()).isEqualTo("vllm/small");
        assertThat(trace.attempts()).isEqualTo(4);
        assertThat(trace.failures()).extracting(ModelCallTrace.FailedAttempt::model)
                .containsExactly("vllm/big", "vllm/big", "vllm/big");
    }

    @Test
    void connectionRefusedAsksWhetherTheServerIsRunning() throws Exception {
        String url;
        try (MockWebServer closed = new MockWebServer()) {
            closed.start();
            url = closed.url("/").toString();
        }
        ModelOptions options = ModelOptions.builder().baseUrl(url).retry(RetryPolicy.none())
                .env(Map.of()).build();
        TokenStreamingModel model = Models.create(ModelSpec.parse("ollama/qwen2.5:7b"), options, null, sleeper,
                Clock.systemUTC());

        assertThatThrownBy(() -> model.chat(ChatRequest.builder().messages(UserMessage.from("hi")).build()))
                .isInstanceOf(ModelUnavailableException.class)
                .hasMessageContaining("is Ollama running at " + url.substring(0, url.length() - 1) + "?");
    }

    static String stackText(Throwable e) {
        java.io.StringWriter out = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }

    @Test
    void plainBodyCutInTheMiddleOfItsJsonIsRetriedAsTruncated() {
        String full = WireBodies.openAiText("complete answer");
        server.enqueue(json(200, full.substring(0, full.length() / 2)));
        server.enqueue(json(200, full));

        ChatResponse response = model(fastRetries(), null).chat(ChatRequest.builder()
                .messages(UserMessage.from("hi")).build());

        assertThat(response.aiMessage().text()).isEqualTo("complete answer");
        assertThat(((TracedResponseMetadata) response.metadata()).trace().failures()).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("was cut off"));
    }
}
