package dev.praxis.model;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tool-call dialects, cut-off replies and template-opened reasoning through the real LangChain4j OpenAI and Ollama
 * clients against a local server speaking each wire, as a server without a tool parser sends them.
 */
class DialectWireTest {

    @StartStop
    final MockWebServer server = new MockWebServer();

    final List<String> tokens = new CopyOnWriteArrayList<>();

    static final ToolSpecification WEATHER = ToolSpecification.builder().name("get_weather")
            .parameters(JsonObjectSchema.builder().addStringProperty("city").addIntegerProperty("days")
                    .required("city").build()).build();
    static final ToolSpecification WEATHER_ALERTS = ToolSpecification.builder().name("get_weather_alerts")
            .parameters(JsonObjectSchema.builder().addStringProperty("city").build()).build();

    /** Qwen3-Coder / Qwen3.5 XML, as vLLM sends it without --tool-call-parser qwen3_coder. */
    static final String QWEN_XML = "<tool_call>\n<function=get_weather>\n<parameter=city>\nBerlin\n</parameter>\n"
            + "<parameter=days>\n3\n</parameter>\n</function>\n</tool_call>";

    TokenStreamingModel model(String spec) {
        ModelOptions options = ModelOptions.builder().baseUrl(server.url(spec.startsWith("ollama") ? "/" : "/v1")
                .toString()).retry(RetryPolicy.none()).timeout(Duration.ofSeconds(5)).build();
        return Models.create(ModelSpec.parse(spec), options, null, new RecordingSleeper(), Clock.systemUTC());
    }

    static ChatRequest ask(String text) {
        return ChatRequest.builder().messages(UserMessage.from(text)).toolSpecifications(WEATHER, WEATHER_ALERTS)
                .build();
    }

    static MockResponse json(String body) {
        return new MockResponse.Builder().setHeader("Content-Type", "application/json").body(body).build();
    }

    static MockResponse sse(List<String> events) {
        return new MockResponse.Builder().setHeader("Content-Type", "text/event-stream")
                .body(WireBodies.sse(events)).build();
    }

    static MockResponse ndjson(String body) {
        return new MockResponse.Builder().setHeader("Content-Type", "application/x-ndjson").body(body).build();
    }

    static List<String> chunks(String text, int size) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < text.length(); i += size) {
            out.add(WireBodies.chunk(text.substring(i, Math.min(text.length(), i + size))));
        }
        return out;
    }

    static String ollamaLines(String text, int size) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i += size) {
            out.append(WireBodies.ollamaLine(text.substring(i, Math.min(text.length(), i + size))));
        }
        return out.toString();
    }

    static String ollamaDone(String reason) {
        return WireBodies.ollamaDone().replace("\"done_reason\":\"stop\"", "\"done_reason\":\"" + reason + "\"");
    }

    static void assertBerlinCall(ChatResponse response) {
        assertThat(response.aiMessage().toolExecutionRequests()).singleElement().satisfies(call -> {
            assertThat(call.name()).isEqualTo("get_weather");
            assertThat(call.arguments()).isEqualTo("{\"city\":\"Berlin\",\"days\":3}");
            assertThat(call.id()).isNotBlank();
        });
        assertThat(response.aiMessage().text()).isNull();
    }

    @Test
    void qwenXmlCallOverOpenAiWireIsACallTypedFromTheSchema() {
        server.enqueue(json(WireBodies.openAiText(QWEN_XML)));

        assertBerlinCall(model("vllm/qwen3.5").chat(ask("weather in Berlin")));
    }

    @Test
    void qwenXmlCallStreamedOverSseIsACallAndNoMarkupReachesTheUser() {
        List<String> events = new java.util.ArrayList<>(chunks(QWEN_XML, 4));
        events.add(WireBodies.finish("stop"));
        server.enqueue(sse(events));

        assertBerlinCall(model("vllm/qwen3.5").chat(ask("weather in Berlin"), tokens::add));
        assertThat(String.join("", tokens)).isBlank();
    }

    @Test
    void qwenXmlCallOverOllamaWireIsACall() {
        server.enqueue(json(WireBodies.ollamaText(QWEN_XML)));

        assertBerlinCall(model("ollama/qwen3.5").chat(ask("weather in Berlin")));
    }

    @Test
    void qwenXmlCallStreamedOverNdjsonIsACallAndNoMarkupReachesTheUser() {
        server.enqueue(ndjson(ollamaLines("Checking.\n" + QWEN_XML, 5) + WireBodies.ollamaDone()));

        ChatResponse response = model("ollama/qwen3.5").chat(ask("weather in Berlin"), tokens::add);

        assertThat(response.aiMessage().toolExecutionRequests()).extracting(r -> r.name()).containsExactly("get_weather");
        assertThat(String.join("", tokens)).isEqualTo("Checking.\n");
    }

    @Test
    void replyCutByTheTokenLimitInACallNeverRunsIt() {
        // the name is cut to "get_weather" although the model was writing get_weather_alerts
        String cut = "<tool_call>\n{\"name\": \"get_weather\", \"arguments\": {\"city\": \"Ber";
        server.enqueue(json(WireBodies.openAiText(cut).replace("\"finish_reason\":\"stop\"",
                "\"finish_reason\":\"length\"")));

        assertThatThrownBy(() -> model("vllm/qwen3.5").chat(ask("alerts for Berlin")))
                .isInstanceOf(ModelTruncatedException.class).hasMessageContaining("no tool was run");
    }

    @Test
    void completeLookingCallInAReplyCutByTheTokenLimitIsNotRun() {
        server.enqueue(json(WireBodies.openAiText(QWEN_XML).replace("\"finish_reason\":\"stop\"",
                "\"finish_reason\":\"length\"")));

        assertThatThrownBy(() -> model("vllm/qwen3.5").chat(ask("weather in Berlin")))
                .isInstanceOf(ModelTruncatedException.class);
    }

    @Test
    void ollamaStreamCutByNumPredictInACallNeverRunsIt() {
        String cut = "<tool_call>\n<function=get_weather>\n<parameter=city>\nBer";
        server.enqueue(ndjson(ollamaLines(cut, 6) + ollamaDone("length")));

        assertThatThrownBy(() -> model("ollama/qwen3.5").chat(ask("weather in Berlin"), tokens::add))
                .isInstanceOf(ModelTruncatedException.class);
        assertThat(String.join("", tokens)).doesNotContain("<", "Ber");
    }

    @Test
    void nativeCallsInAReplyCutByTheTokenLimitAreNotRun() {
        String body = """
                {"id":"c1","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,"message":{
                "role":"assistant","content":null,"tool_calls":[{"id":"call_1","type":"function","function":{
                "name":"get_weather","arguments":"{\\"city\\": \\"Ber"}}]},"finish_reason":"length"}],
                "usage":{"prompt_tokens":5,"completion_tokens":5,"total_tokens":10}}
                """;
        server.enqueue(json(body));

        assertThatThrownBy(() -> model("vllm/qwen3.5").chat(ask("weather in Berlin")))
                .isInstanceOf(ModelTruncatedException.class);
    }

    @Test
    void reasoningOfATemplateOpenedThinkBlockIsNeverStreamedOverSse() {
        String reply = "The user wants Berlin's weather, no tool needed.\n</think>\n\nIt is sunny in Berlin.";
        List<String> events = new java.util.ArrayList<>(chunks(reply, 5));
        events.add(WireBodies.finish("stop"));
        server.enqueue(sse(events));

        ChatResponse response = model("vllm/qwq").chat(ask("weather?"), tokens::add);

        assertThat(String.join("", tokens).strip()).isEqualTo("It is sunny in Berlin.");
        assertThat(response.aiMessage().text()).isEqualTo("It is sunny in Berlin.");
        assertThat(response.aiMessage().thinking()).contains("no tool needed");
    }

    @Test
    void reasoningOfATemplateOpenedThinkBlockIsNeverStreamedOverNdjson() {
        String reply = "Plan: answer directly.</think>Sunny.";
        server.enqueue(ndjson(ollamaLines(reply, 3) + WireBodies.ollamaDone()));

        model("ollama/qwq").chat(ask("weather?"), tokens::add);

        assertThat(String.join("", tokens)).isEqualTo("Sunny.");
    }
}
