package dev.praxis.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.praxis.testing.OllamaResponses;
import dev.praxis.testing.OpenAiResponses;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Five tool calls in one reply, in every shape the two wires send them, through the real LangChain4j clients:
 * each must come back as its own call, arguments intact, with an id of its own. LangChain4j 1.11 merges calls
 * that share a tool-call index into one (last name, concatenated arguments); see {@link ToolCallIndexes}.
 */
class ParallelToolCallWireTest {

    private static final int CALLS = 5;
    private static final ToolSpecification ADD = ToolSpecification.builder().name("add")
            .parameters(JsonObjectSchema.builder().addIntegerProperty("a").addIntegerProperty("b").build()).build();

    @StartStop
    final MockWebServer server = new MockWebServer();

    final List<String> tokens = new ArrayList<>();

    private TokenStreamingModel model(String spec) {
        ModelOptions options = ModelOptions.builder().baseUrl(server.url(spec.startsWith("ollama") ? "/" : "/v1")
                .toString()).retry(RetryPolicy.none()).timeout(Duration.ofSeconds(2)).build();
        return Models.create(ModelSpec.parse(spec), options, null, new RecordingSleeper(), Clock.systemUTC());
    }

    private ChatResponse stream(String spec, String contentType, String body) {
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", contentType).body(body).build());
        return model(spec).chat(ask(), tokens::add);
    }

    private ChatResponse plain(String spec, String body) {
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json").body(body).build());
        return model(spec).chat(ask());
    }

    private static ChatRequest ask() {
        return ChatRequest.builder().messages(UserMessage.from("add five pairs")).toolSpecifications(ADD).build();
    }

    private static String arguments(int i) {
        return "{\"a\":" + i + ",\"b\":" + (10 * i) + "}";
    }

    /** An Ollama call; {@code index} and Ollama's own {@code id} (0.12.10 on) are left out when null. */
    private static ObjectNode ollamaCall(int i, Integer index, String id) {
        ObjectNode call = OllamaResponses.call("add", arguments(i));
        if (index != null) {
            ((ObjectNode) call.get("function")).put("index", index);
        }
        if (id != null) {
            call.put("id", id);
        }
        return call;
    }

    private static ObjectNode[] ollamaCalls(Integer fixedIndex) {
        return IntStream.range(0, CALLS).mapToObj(i -> ollamaCall(i, fixedIndex, null))
                .toArray(ObjectNode[]::new);
    }

    private static void assertFiveCalls(ChatResponse response) {
        List<ToolExecutionRequest> calls = response.aiMessage().toolExecutionRequests();
        assertThat(calls).extracting(ToolExecutionRequest::name).containsOnly("add");
        assertThat(calls).extracting(ToolExecutionRequest::arguments)
                .containsExactly(IntStream.range(0, CALLS).mapToObj(ParallelToolCallWireTest::arguments).toArray(String[]::new));
        assertThat(calls).extracting(ToolExecutionRequest::id).doesNotContainNull().doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).isNotBlank());
    }

    @Test
    void ollamaStreamWithFiveIndexlessCallsInOneLineYieldsFiveCalls() {
        // Ollama before function.index (and parsers that leave it out) sends all calls whole, in one line
        String body = OllamaResponses.streamedToolCalls(ollamaCalls(null)) + OllamaResponses.streamedDone();

        assertFiveCalls(stream("ollama/qwen2.5:7b", "application/x-ndjson", body));
        assertThat(tokens).isEmpty();
    }

    @Test
    void ollamaStreamWithOneIndexlessCallPerLineYieldsFiveCalls() {
        StringBuilder body = new StringBuilder();
        for (ObjectNode call : ollamaCalls(null)) {
            body.append(OllamaResponses.streamedToolCalls(call));
        }

        assertFiveCalls(stream("ollama/qwen2.5:7b", "application/x-ndjson", body + OllamaResponses.streamedDone()));
    }

    @Test
    void ollamaStreamWhoseCallsAllSayIndexZeroYieldsFiveCalls() {
        StringBuilder body = new StringBuilder();
        for (ObjectNode call : ollamaCalls(0)) {
            body.append(OllamaResponses.streamedToolCalls(call));
        }

        assertFiveCalls(stream("ollama/qwen2.5:7b", "application/x-ndjson", body + OllamaResponses.streamedDone()));
    }

    @Test
    void ollamaStreamWithIndexedCallsAsCurrentOllamaSendsThemYieldsFiveCalls() {
        // Ollama 0.12.10 on: each call has an id and a running function.index and is sent once parsed, so two
        // calls closed in one batch of tokens share a line (ollama/ollama model/parsers/qwen3coder.go, callIndex)
        String body = OllamaResponses.streamedToolCalls(ollamaCall(0, 0, "call_k2x9a1b3"), ollamaCall(1, 1, "call_p0q8w7e6"))
                + OllamaResponses.streamedToolCalls(ollamaCall(2, 2, "call_z5y4x3w2"))
                + OllamaResponses.streamedToolCalls(ollamaCall(3, 3, "call_a1b2c3d4"), ollamaCall(4, 4, "call_e5f6g7h8"))
                + OllamaResponses.streamedDone();

        assertFiveCalls(stream("ollama/qwen2.5:7b", "application/x-ndjson", body));
    }

    @Test
    void ollamaPlainReplyWithFiveCallsYieldsFiveCalls() {
        assertFiveCalls(plain("ollama/qwen2.5:7b", OllamaResponses.toolCalls(ollamaCalls(null))));
    }

    @Test
    void sseStreamWithFiveCallsInIndexedFragmentsYieldsFiveCalls() {
        // OpenAI and vLLM: id and name in a call's first delta, arguments in fragments, one index per call
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < CALLS; i++) {
            String arguments = arguments(i);
            int half = arguments.length() / 2;
            body.append(OpenAiResponses.streamedToolCalls(OpenAiResponses.delta(i, "call_" + i, "add", "")))
                    .append(OpenAiResponses.streamedToolCalls(OpenAiResponses.delta(i, null, null, arguments.substring(0, half))))
                    .append(OpenAiResponses.streamedToolCalls(OpenAiResponses.delta(i, null, null, arguments.substring(half))));
        }
        body.append(OpenAiResponses.streamedFinish("tool_calls")).append(OpenAiResponses.streamedEnd());

        assertFiveCalls(stream("vllm/qwen", "text/event-stream", body.toString()));
    }

    @Test
    void sseStreamWithFiveCallsInOneChunkYieldsFiveCalls() {
        // Ollama's /v1 puts all calls of a reply in one chunk (langchain4j#4889)
        ObjectNode[] deltas = IntStream.range(0, CALLS)
                .mapToObj(i -> OpenAiResponses.delta(i, "call_" + i, "add", arguments(i))).toArray(ObjectNode[]::new);
        String body = OpenAiResponses.streamedToolCalls(deltas) + OpenAiResponses.streamedFinish("tool_calls")
                + OpenAiResponses.streamedEnd();

        assertFiveCalls(stream("vllm/qwen", "text/event-stream", body));
    }

    @Test
    void sseStreamThatReusesIndexZeroWithNewIdsYieldsFiveCalls() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < CALLS; i++) {
            body.append(OpenAiResponses.streamedToolCalls(OpenAiResponses.delta(0, "call_" + i, "add", arguments(i))));
        }
        body.append(OpenAiResponses.streamedFinish("tool_calls")).append(OpenAiResponses.streamedEnd());

        ChatResponse response = stream("vllm/qwen", "text/event-stream", body.toString());

        assertFiveCalls(response);
        assertThat(response.aiMessage().toolExecutionRequests()).extracting(ToolExecutionRequest::id)
                .containsExactly("call_0", "call_1", "call_2", "call_3", "call_4");
    }

    @Test
    void sseStreamThatRepeatsIdsWithoutIndexYieldsFiveCalls() {
        // vLLM and Qwen repeat the id in every delta (langchain4j#4528); some vLLM versions send no index
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < CALLS; i++) {
            String arguments = arguments(i);
            body.append(OpenAiResponses.streamedToolCalls(OpenAiResponses.delta(null, "call_" + i, "add", arguments.substring(0, 3))))
                    .append(OpenAiResponses.streamedToolCalls(OpenAiResponses.delta(null, "call_" + i, "add", arguments.substring(3))));
        }
        body.append(OpenAiResponses.streamedFinish("tool_calls")).append(OpenAiResponses.streamedEnd());

        assertFiveCalls(stream("vllm/qwen", "text/event-stream", body.toString()));
    }

    @Test
    void openAiPlainReplyWithFiveCallsYieldsFiveCalls() {
        ObjectNode[] calls = IntStream.range(0, CALLS)
                .mapToObj(i -> OpenAiResponses.call("call_" + i, "add", arguments(i))).toArray(ObjectNode[]::new);

        assertFiveCalls(plain("vllm/qwen", OpenAiResponses.toolCalls(calls)));
    }
}
