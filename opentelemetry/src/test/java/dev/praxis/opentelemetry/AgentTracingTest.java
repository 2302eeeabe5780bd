package dev.praxis.opentelemetry;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import dev.praxis.agent.Agent;
import dev.praxis.agent.RunRecord;
import dev.praxis.agent.StopReason;
import dev.praxis.ecommerce.EcommercePack;
import dev.praxis.testing.ScriptedChatModel;
import dev.praxis.tool.Param;
import dev.praxis.tool.ToolFunction;
import dev.praxis.tool.ToolException;
import dev.praxis.tool.Tools;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static dev.praxis.testing.ScriptedChatModel.answer;
import static dev.praxis.testing.ScriptedChatModel.call;
import static dev.praxis.testing.ScriptedChatModel.toolCalls;
import static org.assertj.core.api.Assertions.assertThat;

/** The spans of real runs (scripted model, real tools), exported to the SDK's in-memory exporter. */
class AgentTracingTest {

    private final InMemoryTelemetry otel = new InMemoryTelemetry();

    @AfterEach
    void close() {
        otel.close();
    }

    /** A model response as a server would send it: with an id, the model's name, usage and finish reason. */
    static ChatResponse served(AiMessage message, FinishReason finish) {
        return ChatResponse.builder().aiMessage(message).id("chatcmpl-1").modelName("qwen3:8b-q4_K_M")
                .tokenUsage(new TokenUsage(120, 30)).finishReason(finish).build();
    }

    static ChatResponse servedCalls(ToolExecutionRequest... calls) {
        return served(AiMessage.from(List.of(calls)), FinishReason.TOOL_EXECUTION);
    }

    static ChatResponse servedAnswer(String text) {
        return served(AiMessage.from(text), FinishReason.STOP);
    }

    PraxisTelemetry.Builder telemetry() {
        return PraxisTelemetry.builder(otel.api()).requestModel("qwen3:8b").provider("openai")
                .server(URI.create("http://llm.internal:8000/v1"));
    }

    Agent shop(PraxisTelemetry telemetry, ScriptedChatModel model) {
        return Agent.builder().name("shop").instructions("You help shoppers.").model(model)
                .tools(EcommercePack.builder().build().tools())
                .interceptor(telemetry.interceptor()).listener(telemetry.listener()).build();
    }

    @Test
    void aShopRunWithAToolCallIsOneTreeOfAgentChatAndToolSpans() {
        ScriptedChatModel model = ScriptedChatModel.of(
                servedCalls(ToolExecutionRequest.builder().id("call_1").name("search_products")
                        .arguments("{\"query\":\"trail boot\",\"mode\":\"KEYWORD\"}").build()),
                servedAnswer("We have trail boots."));

        RunRecord record = shop(telemetry().build(), model).run("session-7", "Do you have trail boots?");

        assertThat(record.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(otel.finishedSpans()).extracting(SpanData::getName).containsExactlyInAnyOrder(
                "invoke_agent shop", "chat qwen3:8b", "execute_tool search_products", "chat qwen3:8b");
        SpanData run = otel.span("invoke_agent shop");
        assertThat(run.getParentSpanContext().isValid()).isFalse();
        assertThat(run.getKind()).isEqualTo(SpanKind.INTERNAL);
        assertThat(run.getAttributes().asMap()).containsEntry(GenAi.OPERATION, "invoke_agent")
                .containsEntry(GenAi.AGENT_NAME, "shop").containsEntry(GenAi.CONVERSATION_ID, "session-7")
                .containsEntry(GenAi.RUN_ID, record.runId()).containsEntry(GenAi.STOP_REASON, "COMPLETED")
                .containsEntry(GenAi.INPUT_TOKENS, 240L).containsEntry(GenAi.OUTPUT_TOKENS, 60L)
                .doesNotContainKey(GenAi.ERROR_TYPE);
        for (SpanData child : otel.finishedSpans()) {
            if (child != run) {
                assertThat(child.getParentSpanId()).as(child.getName()).isEqualTo(run.getSpanId());
                assertThat(child.getTraceId()).isEqualTo(run.getTraceId());
            }
        }
        SpanData firstChat = otel.finishedSpans().stream().filter(s -> s.getName().startsWith("chat"))
                .min(java.util.Comparator.comparingLong(SpanData::getStartEpochNanos)).orElseThrow();
        assertThat(firstChat.getKind()).isEqualTo(SpanKind.CLIENT);
        assertThat(firstChat.getAttributes().asMap()).containsEntry(GenAi.OPERATION, "chat")
                .containsEntry(GenAi.REQUEST_MODEL, "qwen3:8b").containsEntry(GenAi.RESPONSE_MODEL, "qwen3:8b-q4_K_M")
                .containsEntry(GenAi.RESPONSE_ID, "chatcmpl-1").containsEntry(GenAi.PROVIDER, "openai")
                .containsEntry(GenAi.SERVER_ADDRESS, "llm.internal").containsEntry(GenAi.SERVER_PORT, 8000L)
                .containsEntry(GenAi.INPUT_TOKENS, 120L).containsEntry(GenAi.OUTPUT_TOKENS, 30L)
                .containsEntry(GenAi.FINISH_REASONS, List.of("tool_calls"));
        SpanData tool = otel.span("execute_tool search_products");
        assertThat(tool.getAttributes().asMap()).containsEntry(GenAi.OPERATION, "execute_tool")
                .containsEntry(GenAi.TOOL_NAME, "search_products").containsEntry(GenAi.TOOL_CALL_ID, "call_1")
                .containsEntry(GenAi.TOOL_TYPE, "function").containsEntry(GenAi.TOOL_OUTCOME, "ok")
                .containsEntry(GenAi.SIDE_EFFECT, "READ_ONLY").doesNotContainKey(GenAi.ERROR_TYPE);
        assertThat(tool.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    }

    /** Records the thread each price lookup ran on; lookups wait for each other, so they overlap. */
    public static final class Quotes {
        final Set<String> threads = ConcurrentHashMap.newKeySet();
        final CountDownLatch together = new CountDownLatch(2);

        @ToolFunction(description = "Reads a price")
        public String price(@Param("Symbol") String symbol) throws InterruptedException {
            threads.add(Thread.currentThread().getName());
            together.countDown();
            if (!together.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other lookup never started");
            }
            return symbol + ": 10.00 EUR";
        }

        @ToolFunction(description = "Halts trading in a symbol")
        public String halt(@Param("Symbol") String symbol) {
            throw new ToolException("trading in " + symbol + " cannot be halted from here");
        }
    }

    @Test
    void parallelToolCallsOnPoolThreadsAreChildrenOfTheRunSpan() {
        Quotes quotes = new Quotes();
        PraxisTelemetry telemetry = telemetry().build();
        ScriptedChatModel model = ScriptedChatModel.of(toolCalls(call("price", "{\"symbol\":\"A\"}"),
                call("price", "{\"symbol\":\"B\"}")), answer("Both 10 EUR."));
        Agent agent = Agent.builder().name("quotes").model(model).tools(Tools.from(quotes))
                .interceptor(telemetry.interceptor()).build();

        agent.run("s1", "prices of A and B?");

        assertThat(quotes.threads).hasSize(2).allSatisfy(t -> assertThat(t).startsWith("praxis-quotes-"));
        SpanData run = otel.span("invoke_agent quotes");
        List<SpanData> tools = otel.finishedSpans().stream().filter(s -> s.getName().equals("execute_tool price"))
                .toList();
        assertThat(tools).hasSize(2).allSatisfy(tool -> {
            assertThat(tool.getParentSpanId()).isEqualTo(run.getSpanId());
            assertThat(tool.getTraceId()).isEqualTo(run.getTraceId());
        });
    }

    @Test
    void agentsUsedAsToolsInParallelRunUnderTheToolCallsThatCalledThem() {
        PraxisTelemetry telemetry = telemetry().build();
        Agent analyst = Agent.builder().name("analyst").model(ScriptedChatModel.of(answer("Buy.")))
                .interceptor(telemetry.interceptor()).build();
        Agent economist = Agent.builder().name("economist").model(ScriptedChatModel.of(answer("Rates fall.")))
                .interceptor(telemetry.interceptor()).build();
        ScriptedChatModel model = ScriptedChatModel.of(toolCalls(
                        ToolExecutionRequest.builder().id("c_a").name("ask_analyst").arguments("{\"request\":\"ACME?\"}")
                                .build(),
                        ToolExecutionRequest.builder().id("c_e").name("ask_economist")
                                .arguments("{\"request\":\"rates?\"}").build()),
                answer("Buy ACME; rates fall."));
        Agent advisor = Agent.builder().name("advisor").model(model)
                .tools(List.of(analyst.asTool("ask_analyst", "Asks the analyst"),
                        economist.asTool("ask_economist", "Asks the economist")))
                .interceptor(telemetry.interceptor()).build();

        advisor.run("s1", "should I buy ACME?");

        SpanData outer = otel.span("invoke_agent advisor");
        for (String[] pair : new String[][]{{"ask_analyst", "analyst"}, {"ask_economist", "economist"}}) {
            SpanData tool = otel.span("execute_tool " + pair[0]);
            SpanData inner = otel.span("invoke_agent " + pair[1]);
            assertThat(tool.getParentSpanId()).isEqualTo(outer.getSpanId());
            assertThat(inner.getParentSpanId()).as(pair[1]).isEqualTo(tool.getSpanId());
            assertThat(inner.getAttributes().get(GenAi.DELEGATED)).isTrue();
            assertThat(inner.getAttributes().get(GenAi.RUN_ID)).isEqualTo(outer.getAttributes().get(GenAi.RUN_ID));
            List<SpanData> innerChats = otel.finishedSpans().stream()
                    .filter(s -> s.getParentSpanId().equals(inner.getSpanId())).toList();
            assertThat(innerChats).extracting(SpanData::getName).containsExactly("chat qwen3:8b");
        }
        assertThat(otel.finishedSpans()).allSatisfy(s -> assertThat(s.getTraceId()).isEqualTo(outer.getTraceId()));
        assertThat(outer.getAttributes().get(GenAi.DELEGATED)).isFalse();
    }

    @Test
    void aFailedModelCallMarksTheChatAndRunSpansWithTheErrorAndNoSecret() {
        ScriptedChatModel model = ScriptedChatModel.answering(request -> {
            throw new IllegalStateException("connection refused: http://ann:hunter2@llm.internal:8000/v1");
        });

        RunRecord record = shop(telemetry().build(), model).run("s1", "hello");

        assertThat(record.stopReason()).isEqualTo(StopReason.MODEL_ERROR);
        SpanData chat = otel.span("chat qwen3:8b");
        assertThat(chat.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(chat.getAttributes().get(GenAi.ERROR_TYPE)).isNotBlank();
        assertThat(chat.getStatus().getDescription()).contains("connection refused").doesNotContain("hunter2");
        assertThat(chat.getEvents()).extracting(e -> e.getAttributes().get(GenAi.EXCEPTION_MESSAGE))
                .singleElement().asString().contains("***@llm.internal").doesNotContain("hunter2");
        SpanData run = otel.span("invoke_agent shop");
        assertThat(run.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(run.getAttributes().asMap()).containsEntry(GenAi.ERROR_TYPE, "MODEL_ERROR")
                .containsEntry(GenAi.STOP_REASON, "MODEL_ERROR");
    }

    @Test
    void aToolErrorMarksTheToolSpanWithItsOutcome() {
        PraxisTelemetry telemetry = telemetry().build();
        ScriptedChatModel model = ScriptedChatModel.of(servedCalls(ToolExecutionRequest.builder().id("call_9")
                .name("halt").arguments("{\"symbol\":\"ACME\"}").build()), servedAnswer("I cannot."));
        Agent agent = Agent.builder().name("quotes").model(model).tools(Tools.from(new Quotes()))
                .interceptor(telemetry.interceptor()).build();

        agent.run("s1", "halt ACME");

        SpanData tool = otel.span("execute_tool halt");
        assertThat(tool.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(tool.getAttributes().asMap()).containsEntry(GenAi.TOOL_OUTCOME, "error")
                .containsEntry(GenAi.ERROR_TYPE, "tool_error");
        assertThat(tool.getStatus().getDescription()).contains("cannot be halted from here");
    }

    @Test
    void messageContentsAreLeftOutUnlessOptedIn() {
        ScriptedChatModel model = ScriptedChatModel.of(
                servedCalls(ToolExecutionRequest.builder().id("call_1").name("search_products")
                        .arguments("{\"query\":\"trail boot\"}").build()),
                servedAnswer("We have trail boots."));

        shop(telemetry().build(), model).run("s1", "Do you have trail boots?");

        Set<String> keys = new java.util.TreeSet<>();
        otel.finishedSpans().forEach(s -> s.getAttributes().forEach((k, v) -> keys.add(k.getKey())));
        assertThat(keys).contains("gen_ai.operation.name").doesNotContain("gen_ai.input.messages",
                "gen_ai.output.messages", "gen_ai.tool.call.arguments", "gen_ai.tool.call.result");
        assertThat(allAttributeText()).doesNotContain("trail boot");
    }

    @Test
    void optedInContentsAreRecordedRedactedAndNoSecretAppears() {
        String secret = "tenant-pass-7731";
        ScriptedChatModel model = ScriptedChatModel.of(
                servedCalls(ToolExecutionRequest.builder().id("call_1").name("search_products")
                        .arguments("{\"query\":\"boot " + secret + "\"}").build()),
                servedAnswer("Your key api_key=sk-live1234567890 is noted; we have boots."));

        shop(telemetry().captureContent(true).secrets(List.of(secret)).build(), model)
                .run("s1", "Trail boots please. My password=" + secret + " and token sk-abcdef123456");

        SpanData run = otel.span("invoke_agent shop");
        assertThat(run.getAttributes().get(AttributeKey.stringKey("gen_ai.input.messages")))
                .contains("Trail boots please").contains("\"role\":\"user\"").contains("***");
        SpanData tool = otel.span("execute_tool search_products");
        assertThat(tool.getAttributes().get(GenAi.TOOL_ARGUMENTS)).contains("boot ***");
        assertThat(tool.getAttributes().get(GenAi.TOOL_RESULT)).isNotBlank();
        List<String> outputs = otel.finishedSpans().stream().map(s -> s.getAttributes().get(GenAi.OUTPUT_MESSAGES))
                .filter(java.util.Objects::nonNull).toList();
        assertThat(outputs).hasSize(2).anySatisfy(o -> assertThat(o).contains("\"type\":\"tool_call\"")
                .contains("\"finish_reason\":\"tool_calls\""));
        assertThat(allAttributeText()).contains("we have boots").doesNotContain(secret)
                .doesNotContain("sk-live1234567890").doesNotContain("sk-abcdef123456");
    }

    private String allAttributeText() {
        StringBuilder text = new StringBuilder();
        otel.finishedSpans().forEach(s -> {
            s.getAttributes().forEach((k, v) -> text.append(v).append('\n'));
            s.getEvents().forEach(e -> e.getAttributes().forEach((k, v) -> text.append(v).append('\n')));
            text.append(s.getStatus().getDescription()).append('\n');
        });
        return text.toString();
    }
}
