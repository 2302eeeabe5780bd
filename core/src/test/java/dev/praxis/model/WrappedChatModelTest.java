package dev.praxis.model;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.praxis.testing.OpenAiResponses;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link Models#wrap}: LangChain4j's real OpenAI clients, built directly by the test as a user would build any
 * client (not through {@link Models#create}), against a local server speaking the OpenAI wire format.
 */
class WrappedChatModelTest {

    @StartStop
    final MockWebServer server = new MockWebServer();

    final RecordingSleeper sleeper = new RecordingSleeper();

    static final ToolSpecification WEATHER = ToolSpecification.builder().name("get_weather")
            .parameters(JsonObjectSchema.builder().addStringProperty("city").required("city").build()).build();

    static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1), 2.0, 0.0,
            Duration.ofSeconds(30));

    ChatModel userChatModel() {
        return OpenAiChatModel.builder().baseUrl(server.url("/v1").toString()).apiKey("user-key")
                .modelName("in-house-7b").maxRetries(0).timeout(Duration.ofSeconds(5)).build();
    }

    StreamingChatModel userStreamingModel() {
        return OpenAiStreamingChatModel.builder().baseUrl(server.url("/v1").toString()).apiKey("user-key")
                .modelName("in-house-7b").timeout(Duration.ofSeconds(5)).build();
    }

    ModelOptions.Builder options() {
        return ModelOptions.builder().retry(FAST);
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }

    static ChatRequest ask(String text, ToolSpecification... tools) {
        return ChatRequest.builder().messages(UserMessage.from(text)).toolSpecifications(tools).build();
    }

    @Test
    void retriesA429FromAUserBuiltClientAndAnswers() {
        // LangChain4j's own HTTP client drops the headers, so Retry-After cannot be read: the backoff is used
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "7")
                .body(OpenAiResponses.error("Rate limit reached", "tokens")).build());
        server.enqueue(json(200, OpenAiResponses.answer("Hello")));

        ChatResponse response = Models.wrap(userChatModel(), null, options().build(), sleeper).chat(ask("hi"));

        assertThat(response.aiMessage().text()).isEqualTo("Hello");
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(sleeper.waits).containsExactly(Duration.ofMillis(100));
        ModelCallTrace trace = ((TracedResponseMetadata) response.metadata()).trace();
        assertThat(trace.modelUsed()).isEqualTo("in-house-7b");
        assertThat(trace.attempts()).isEqualTo(2);
        assertThat(trace.failures()).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("HTTP 429").contains("Rate limit reached"));
    }

    @Test
    void retriesA503ThenGivesUpWithTheLastErrorAfterMaxAttempts() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(503, OpenAiResponses.error("overloaded", "server_error")));
        }

        TokenStreamingModel model = Models.wrap(userChatModel(), null, options().build(), sleeper);

        assertThatThrownBy(() -> model.chat(ask("hi"))).isInstanceOf(ModelUnavailableException.class)
                .hasMessageContaining("after 3 attempt(s)").hasMessageContaining("HTTP 503");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void doesNotRetryRefusedCredentials() {
        server.enqueue(json(401, OpenAiResponses.error("Incorrect API key", "invalid_request_error")));

        TokenStreamingModel model = Models.wrap(userChatModel(), null, options().build(), sleeper);

        assertThatThrownBy(() -> model.chat(ask("hi"))).isInstanceOf(ModelAuthenticationException.class)
                .hasMessageContaining("HTTP 401");
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void turnsAHermesToolCallWrittenAsTextIntoARealToolCall() {
        server.enqueue(json(200, OpenAiResponses.answer(
                "<tool_call>\n{\"name\": \"get_weather\", \"arguments\": {\"city\": \"Paris\"}}\n</tool_call>")));

        ChatResponse response = Models.wrap(userChatModel(), options().build()).chat(ask("weather?", WEATHER));

        assertThat(response.aiMessage().text()).isNull();
        assertThat(response.aiMessage().toolExecutionRequests()).singleElement().satisfies(call -> {
            assertThat(call.name()).isEqualTo("get_weather");
            assertThat(call.arguments()).isEqualToIgnoringWhitespace("{\"city\":\"Paris\"}");
            assertThat(call.id()).startsWith("call_");
        });
    }

    @Test
    void turnsAQwenXmlToolCallWrittenAsTextIntoARealToolCall() {
        server.enqueue(json(200, OpenAiResponses.answer("<tool_call>\n<function=get_weather>\n<parameter=city>\n"
                + "San Jose\n</parameter>\n</function>\n</tool_call>")));

        ChatResponse response = Models.wrap(userChatModel(), options().build()).chat(ask("weather?", WEATHER));

        assertThat(response.aiMessage().toolExecutionRequests()).extracting(ToolExecutionRequest::name)
                .containsExactly("get_weather");
        assertThat(response.aiMessage().toolExecutionRequests().get(0).arguments()).contains("San Jose");
    }

    @Test
    void leavesTextCallsAloneInNativeMode() {
        String text = "<tool_call>\n{\"name\": \"get_weather\", \"arguments\": {\"city\": \"Paris\"}}\n</tool_call>";
        server.enqueue(json(200, OpenAiResponses.answer(text)));

        ChatResponse response = Models.wrap(userChatModel(), options().toolCalling(ToolCallingMode.NATIVE).build())
                .chat(ask("weather?", WEATHER));

        assertThat(response.aiMessage().hasToolExecutionRequests()).isFalse();
        assertThat(response.aiMessage().text()).isEqualTo(text);
    }

    @Test
    void streamsTokensOfAUserBuiltStreamingClient() {
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "text/event-stream")
                .body(OpenAiResponses.streamedText("Hel") + OpenAiResponses.streamedText("lo")
                        + OpenAiResponses.streamedFinish("stop") + OpenAiResponses.streamedEnd()).build());
        List<String> tokens = new CopyOnWriteArrayList<>();

        ChatResponse response = Models.wrap(userStreamingModel(), options().reasoning(ReasoningMode.SEPARATED).build())
                .chat(ask("hi"), tokens::add);

        assertThat(tokens).containsExactly("Hel", "lo");
        assertThat(response.aiMessage().text()).isEqualTo("Hello");
    }

    @Test
    void hidesAToolCallStreamedAsTextAndReturnsItAsACall() {
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "text/event-stream")
                .body(OpenAiResponses.streamedText("<tool_call>\n{\"name\": \"get_weather\", ")
                        + OpenAiResponses.streamedText("\"arguments\": {\"city\": \"Oslo\"}}\n</tool_call>")
                        + OpenAiResponses.streamedFinish("stop") + OpenAiResponses.streamedEnd()).build());
        List<String> tokens = new CopyOnWriteArrayList<>();

        ChatResponse response = Models.wrap(userStreamingModel(), options().reasoning(ReasoningMode.SEPARATED).build())
                .chat(ask("weather?", WEATHER), tokens::add);

        assertThat(String.join("", tokens)).doesNotContain("tool_call");
        assertThat(response.aiMessage().toolExecutionRequests()).singleElement()
                .satisfies(call -> assertThat(call.arguments()).contains("Oslo"));
    }

    @Test
    void aBlockingOnlyClientHandsTheWholeAnswerOverAsOneToken() {
        server.enqueue(json(200, OpenAiResponses.answer("Hello there")));
        List<String> tokens = new CopyOnWriteArrayList<>();

        Models.wrap(userChatModel(), options().reasoning(ReasoningMode.SEPARATED).build())
                .chat(ask("hi"), tokens::add);

        assertThat(tokens).containsExactly("Hello there");
    }

    @Test
    void fallsBackToAModelNamedInTheOptions() {
        server.enqueue(json(500, OpenAiResponses.error("boom", "server_error")));
        server.enqueue(json(200, OpenAiResponses.answer("from the fallback")));
        ModelOptions options = ModelOptions.builder().retry(RetryPolicy.none())
                .baseUrl(server.url("/v1").toString())
                .fallbacks(List.of(ModelSpec.parse("openai/backup-3b"))).build();

        ChatResponse response;
        try (TokenStreamingModel model = Models.wrap(userChatModel(), null, options, sleeper)) {
            response = model.chat(ask("hi"));
        }

        assertThat(response.aiMessage().text()).isEqualTo("from the fallback");
        ModelCallTrace trace = ((TracedResponseMetadata) response.metadata()).trace();
        assertThat(trace.fallbackUsed()).isTrue();
        assertThat(trace.modelUsed()).isEqualTo("openai/backup-3b");
    }

    @Test
    void refusesAWrapOfNeitherClient() {
        assertThatThrownBy(() -> Models.wrap(null, null, ModelOptions.builder().build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("neither");
    }
}
