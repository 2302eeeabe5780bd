package dev.praxis.model;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.praxis.testing.OllamaResponses;
import dev.praxis.testing.OpenAiResponses;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Streaming through the real OpenAiStreamingChatModel (SSE) and OllamaStreamingChatModel (NDJSON). */
class StreamingWireTest {

    @StartStop
    final MockWebServer server = new MockWebServer();

    final RecordingSleeper sleeper = new RecordingSleeper();
    final List<String> tokens = new CopyOnWriteArrayList<>();
    final CountDownLatch release = new CountDownLatch(1);

    static final ToolSpecification WEATHER = ToolSpecification.builder().name("get_weather")
            .parameters(JsonObjectSchema.builder().addStringProperty("city").required("city").build()).build();
    static final ToolSpecification ADD = ToolSpecification.builder().name("add")
            .parameters(JsonObjectSchema.builder().addIntegerProperty("a").addIntegerProperty("b").build()).build();

    @AfterEach
    void releaseStalledBodies() {
        release.countDown();
    }

    TokenStreamingModel model(String spec, RetryPolicy retry) {
        // generous: the first stream of a cold JVM on a loaded machine can go more than a second without data
        return model(spec, retry, Duration.ofSeconds(5));
    }

    TokenStreamingModel model(String spec, RetryPolicy retry, Duration timeout) {
        ModelOptions options = ModelOptions.builder().baseUrl(server.url(spec.startsWith("ollama") ? "/" : "/v1")
                        .toString()).retry(retry).timeout(timeout).build();
        return Models.create(ModelSpec.parse(spec), options, null, sleeper, Clock.systemUTC());
    }

    /**
     * A model that has answered once without a {@code </think>} of the template's: until one reply has shown
     * that, a stream's start is held back in case it is reasoning the template opened (TextToolCallingModel).
     */
    TokenStreamingModel answeredOnce(TokenStreamingModel model) {
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
                .body(WireBodies.openAiText("ready")).build());
        model.chat(ask("ready?"));
        return model;
    }

    TokenStreamingModel ollamaAnsweredOnce(TokenStreamingModel model) {
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
                .body(WireBodies.ollamaText("ready")).build());
        model.chat(ask("ready?"));
        return model;
    }

    static ChatRequest ask(String text, ToolSpecification... tools) {
        return ChatRequest.builder().messages(UserMessage.from(text)).toolSpecifications(tools).build();
    }

    static MockResponse sse(String body) {
        return new MockResponse.Builder().setHeader("Content-Type", "text/event-stream").body(body).build();
    }

    static MockResponse ndjson(String body) {
        return new MockResponse.Builder().setHeader("Content-Type", "application/x-ndjson").body(body).build();
    }

    @Test
    void streamsSseTokensToTheCallbackAndReturnsTheWholeAnswer() {
        TokenStreamingModel model = answeredOnce(model("vllm/qwen", RetryPolicy.none()));
        server.enqueue(sse(WireBodies.sse(List.of(WireBodies.chunk("Hel"), WireBodies.chunk("lo"),
                WireBodies.finish("stop"), WireBodies.usage(14, 2)))));

        ChatResponse response = model.chat(ask("hi"), tokens::add);

        assertThat(tokens).containsExactly("Hel", "lo");
        assertThat(response.aiMessage().text()).isEqualTo("Hello");
        assertThat(response.tokenUsage().totalTokenCount()).isEqualTo(16);
        assertThat(response.metadata()).isInstanceOf(TracedResponseMetadata.class);
    }

    @Test
    void assemblesSeveralToolCallsSentInOneChunk() {
        // Ollama /v1 sends all calls in one chunk; LangChain4j 1.11 keeps only the first (langchain4j#4889)
        String calls = "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":"
                + "[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"tool_calls\":["
                + "{\"id\":\"call_a\",\"index\":0,\"type\":\"function\",\"function\":{\"name\":\"get_weather\","
                + "\"arguments\":\"{\\\"city\\\":\\\"Paris\\\"}\"}},"
                + "{\"id\":\"call_b\",\"index\":1,\"type\":\"function\",\"function\":{\"name\":\"add\","
                + "\"arguments\":\"{\\\"a\\\":1,\\\"b\\\":2}\"}}]},\"finish_reason\":null}]}";
        server.enqueue(sse(WireBodies.sse(List.of(calls, WireBodies.finish("tool_calls")))));

        ChatResponse response = model("vllm/qwen", RetryPolicy.none()).chat(ask("both", WEATHER, ADD), tokens::add);

        assertThat(response.aiMessage().toolExecutionRequests()).extracting(ToolExecutionRequest::id,
                ToolExecutionRequest::name).containsExactly(org.assertj.core.groups.Tuple.tuple("call_a", "get_weather"),
                org.assertj.core.groups.Tuple.tuple("call_b", "add"));
        assertThat(tokens).isEmpty();
    }

    @Test
    void assemblesToolCallDeltasThatRepeatIdAndNameAndLackAnIndex() {
        String first = "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":"
                + "[{\"index\":0,\"delta\":{\"tool_calls\":[{\"id\":\"call_1\",\"type\":\"function\",\"function\":"
                + "{\"name\":\"get_weather\",\"arguments\":\"{\\\"city\\\":\"}}]},\"finish_reason\":null}]}";
        String second = "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":"
                + "[{\"index\":0,\"delta\":{\"tool_calls\":[{\"id\":\"call_1\",\"type\":\"function\",\"function\":"
                + "{\"name\":\"get_weather\",\"arguments\":\"\\\"Oslo\\\"}\"}}]},\"finish_reason\":null}]}";
        server.enqueue(sse(WireBodies.sse(List.of(first, second, WireBodies.finish("tool_calls")))));

        ChatResponse response = model("dashscope/qwen-plus", RetryPolicy.none()).chat(ask("weather", WEATHER),
                tokens::add);

        assertThat(response.aiMessage().toolExecutionRequests()).singleElement().satisfies(call -> {
            assertThat(call.id()).isEqualTo("call_1");
            assertThat(call.name()).isEqualTo("get_weather");
            assertThat(call.arguments()).isEqualTo("{\"city\":\"Oslo\"}");
        });
    }

    @Test
    void keepsTextToolCallMarkupAndThinkingOutOfStreamedTokens() {
        server.enqueue(sse(WireBodies.sse(List.of(WireBodies.chunk("<thi"), WireBodies.chunk("nk>hmm</think>"),
                WireBodies.chunk("Checking. <tool"), WireBodies.chunk("_call>{\"name\":\"get_weather\","),
                WireBodies.chunk("\"arguments\":{\"city\":\"Rome\"}}</tool_call>"), WireBodies.finish("stop")))));

        ChatResponse response = model("vllm/qwen", RetryPolicy.none()).chat(ask("weather", WEATHER), tokens::add);

        assertThat(String.join("", tokens)).isEqualTo("Checking. ");
        assertThat(response.aiMessage().toolExecutionRequests()).singleElement()
                .satisfies(c -> assertThat(c.arguments()).isEqualTo("{\"city\":\"Rome\"}"));
        assertThat(response.aiMessage().text()).isEqualTo("Checking.");
    }

    @Test
    void truncatedSseStreamIsAnErrorNotAShortAnswer() {
        server.enqueue(sse(WireBodies.sseWithoutEnd(List.of(WireBodies.chunk("The answer is")))));

        assertThatThrownBy(() -> model("vllm/qwen", RetryPolicy.none()).chat(ask("hi"), tokens::add))
                .isInstanceOf(ModelTruncatedException.class)
                .hasMessageContaining("ended before the response was complete");
    }

    @Test
    void sseStreamOfToolCallsWithoutFinishReasonOrDoneIsTruncatedNotCalls() {
        server.enqueue(sse(OpenAiResponses.streamedToolCalls(
                OpenAiResponses.delta(0, "call_1", "get_weather", "{\"city\":\"Oslo\"}"))));

        assertThatThrownBy(() -> model("vllm/qwen", RetryPolicy.none()).chat(ask("weather", WEATHER), tokens::add))
                .isInstanceOf(ModelTruncatedException.class)
                .hasMessageContaining("was cut off");
    }

    @Test
    void connectionCutMidStreamIsAnError() {
        TokenStreamingModel model = answeredOnce(model("vllm/qwen", RetryPolicy.none()));
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "text/event-stream")
                .body(new CuttingBody("data: " + WireBodies.chunk("The answer") + "\n\n"))
                .removeHeader("Content-Length").build());

        assertThatThrownBy(() -> model.chat(ask("hi"), tokens::add))
                .isInstanceOf(ModelUnavailableException.class);
        assertThat(tokens).containsExactly("The answer");
    }

    @Test
    void ollamaStreamWithoutItsDoneLineIsAnError() {
        server.enqueue(ndjson(WireBodies.ollamaLine("Hel") + WireBodies.ollamaLine("lo")));

        assertThatThrownBy(() -> model("ollama/qwen2.5:7b", RetryPolicy.none()).chat(ask("hi"), tokens::add))
                .isInstanceOf(ModelTruncatedException.class)
                .hasMessageContaining("ended before the response was complete");
    }

    @Test
    void ollamaStreamOfToolCallsWithoutItsDoneLineIsTruncatedNotCalls() {
        server.enqueue(ndjson(OllamaResponses.streamedToolCalls(
                OllamaResponses.call("get_weather", "{\"city\":\"Oslo\"}"))));

        assertThatThrownBy(() -> model("ollama/qwen2.5:7b", RetryPolicy.none()).chat(ask("weather", WEATHER),
                tokens::add))
                .isInstanceOf(ModelTruncatedException.class)
                .hasMessageContaining("Ollama at " + server.url("/").toString().replaceAll("/$", ""));
    }

    @Test
    void inBandSseErrorEndsTheCall() {
        server.enqueue(sse(WireBodies.sseWithoutEnd(List.of(WireBodies.chunk("Hel"),
                "{\"error\":{\"message\":\"out of memory\",\"type\":\"server_error\",\"code\":500}}"))));

        assertThatThrownBy(() -> model("vllm/qwen", RetryPolicy.none()).chat(ask("hi"), tokens::add))
                .isInstanceOf(ModelUnavailableException.class)
                .hasMessageContaining("out of memory");
    }

    @Test
    void stalledStreamEndsWithATimeout() {
        TokenStreamingModel model = answeredOnce(model("vllm/qwen", RetryPolicy.none(), Duration.ofMillis(700)));
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "text/event-stream")
                .body(new StallingBody("data: " + WireBodies.chunk("Hel") + "\n\n", release))
                .removeHeader("Content-Length").build());

        assertThatThrownBy(() -> model.chat(ask("hi"), tokens::add))
                .isInstanceOf(ModelTimeoutException.class)
                .hasMessageContaining("stalled");
        assertThat(tokens).containsExactly("Hel");
    }

    @Test
    void streaming429IsRetriedBeforeAnyTokenAndHonoursRetryAfter() {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "1").body("{}").build());
        server.enqueue(sse(WireBodies.sse(List.of(WireBodies.chunk("ok"), WireBodies.finish("stop")))));

        ChatResponse response = model("vllm/qwen", OpenAiWireTest.fastRetries()).chat(ask("hi"), tokens::add);

        assertThat(response.aiMessage().text()).isEqualTo("ok");
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void streamsOllamaNdjsonTokens() {
        TokenStreamingModel model = ollamaAnsweredOnce(model("ollama/qwen2.5:7b", RetryPolicy.none()));
        server.enqueue(ndjson(WireBodies.ollamaLine("Hel") + WireBodies.ollamaLine("lo") + WireBodies.ollamaDone()));

        ChatResponse response = model.chat(ask("hi"), tokens::add);

        assertThat(tokens).containsExactly("Hel", "lo");
        assertThat(response.aiMessage().text()).isEqualTo("Hello");
        assertThat(response.tokenUsage().inputTokenCount()).isEqualTo(36);
    }

    @Test
    void ollamaToolCallsGetIds() {
        String line = "{\"model\":\"qwen2.5:7b\",\"created_at\":\"2025-01-22T11:22:42Z\",\"message\":{\"role\":"
                + "\"assistant\",\"content\":\"\",\"tool_calls\":[{\"function\":{\"name\":\"get_weather\","
                + "\"arguments\":{\"city\":\"Tokyo\"}}},{\"function\":{\"index\":1,\"name\":\"add\",\"arguments\":"
                + "{\"a\":1,\"b\":2}}}]},\"done\":false}\n";
        server.enqueue(ndjson(line + WireBodies.ollamaDone()));

        ChatResponse response = model("ollama/qwen2.5:7b", RetryPolicy.none()).chat(ask("go", WEATHER, ADD),
                tokens::add);

        assertThat(response.aiMessage().toolExecutionRequests()).hasSize(2)
                .allSatisfy(call -> assertThat(call.id()).startsWith("call_"));
    }

    @Test
    void ollamaErrorLineEndsTheCallInsteadOfHanging() {
        server.enqueue(ndjson(WireBodies.ollamaLine("Hel")
                + "{\"error\":\"an error was encountered while running the model\"}\n"));

        assertThatThrownBy(() -> model("ollama/qwen2.5:7b", RetryPolicy.none()).chat(ask("hi"), tokens::add))
                .isInstanceOf(ModelUnavailableException.class)
                .hasMessageContaining("an error was encountered while running the model");
    }

    @Test
    void ollamaPlain404SaysHowToPullTheModel() {
        server.enqueue(new MockResponse.Builder().code(404)
                .body("{\"error\":\"model \\\"qwen2.5:7b\\\" not found, try pulling it first\"}").build());

        assertThatThrownBy(() -> model("ollama/qwen2.5:7b", RetryPolicy.none()).chat(ask("hi")))
                .isInstanceOf(ModelNotFoundException.class)
                .hasMessageContaining("pull it with `ollama pull qwen2.5:7b`");
    }

    @Test
    void ollamaPlainAnswerCarriesUsage() {
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
                .body(WireBodies.ollamaText("Hi there")).build());

        ChatResponse response = model("ollama/qwen2.5:7b", RetryPolicy.none()).chat(ask("hi"));

        assertThat(response.aiMessage().text()).isEqualTo("Hi there");
        assertThat(response.tokenUsage().totalTokenCount()).isEqualTo(24);
    }

    /** Writes a first event, then fails, so the server drops the connection in the middle of the body. */
    private record CuttingBody(String first) implements MockResponseBody {
        @Override
        public long getContentLength() {
            return -1;
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            sink.writeUtf8(first);
            sink.flush();
            throw new IOException("simulated connection reset");
        }
    }

    /** Writes a first event, then holds the connection open without sending anything more. */
    private record StallingBody(String first, CountDownLatch release) implements MockResponseBody {
        @Override
        public long getContentLength() {
            return -1;
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            sink.writeUtf8(first);
            sink.flush();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
