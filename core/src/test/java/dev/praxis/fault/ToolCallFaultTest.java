package dev.praxis.fault;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.praxis.agent.Agent;
import dev.praxis.agent.Limits;
import dev.praxis.agent.RunRecord;
import dev.praxis.agent.RunRequest;
import dev.praxis.agent.StopReason;
import dev.praxis.agent.ToolCallRecord;
import dev.praxis.memory.MessageWindowMemory;
import dev.praxis.model.ModelOptions;
import dev.praxis.model.ModelSpec;
import dev.praxis.model.Models;
import dev.praxis.model.RetryPolicy;
import dev.praxis.tool.Param;
import dev.praxis.tool.ToolFunction;
import dev.praxis.tool.Tools;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Replies with several tool calls, and replies cut off, for both wire formats, plain and streaming, behind the
 * real LangChain4j clients and a real agent: every call of a reply runs and is stored; a cut-off reply is a
 * model error, never an answer and never a tool call.
 */
class ToolCallFaultTest {

    /** How the agent asks: a plain call, or a stream with a token callback. */
    enum Mode { PLAIN, STREAMING }

    public static final class Desk {
        final Queue<String> looked = new ConcurrentLinkedQueue<>();

        @ToolFunction(description = "Looks up an order")
        public String lookup(@Param("Order id") String orderId) {
            looked.add(orderId);
            return "order " + orderId + " delivered";
        }
    }

    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final List<String> FIVE_ORDERS = IntStream.rangeClosed(1, 5)
            .mapToObj(i -> "{\"order_id\":\"o-" + i + "\"}").toList();

    private final MockWebServer server = new MockWebServer();
    private final Desk desk = new Desk();
    private final MessageWindowMemory memory = new MessageWindowMemory(100);
    private final StringBuilder tokens = new StringBuilder();

    static Stream<Arguments> wiresAndModes() {
        return Stream.of(Wire.values()).flatMap(w -> Stream.of(Mode.values()).map(m -> Arguments.of(w, m)));
    }

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private RunRecord run(Wire wire, Mode mode) {
        ModelOptions options = ModelOptions.builder().env(Map.of()).baseUrl(wire.baseUrl(server))
                .timeout(Duration.ofSeconds(5)).streamTimeout(Duration.ofSeconds(10))
                .retry(new RetryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(100), 2.0, 0.2, Duration.ofSeconds(10)))
                .build();
        Agent agent = Agent.builder().name("desk").model(Models.create(ModelSpec.parse(wire.spec()), options))
                .tools(Tools.from(desk)).memory(memory)
                .limits(Limits.defaults().withMaxModelCalls(5).withTimeout(Duration.ofSeconds(20))).build();
        RunRequest request = RunRequest.of("s1", "where are o-1 to o-5?");
        return assertTimeoutPreemptively(BOUND,
                () -> agent.run(mode == Mode.STREAMING ? request.streaming(tokens::append) : request));
    }

    private void reply(Wire wire, Mode mode, String body) {
        server.enqueue(new MockResponse.Builder()
                .setHeader("Content-Type", mode == Mode.STREAMING ? wire.streamContentType() : "application/json")
                .body(body).build());
    }

    private static String answer(Wire wire, Mode mode, String text) {
        return mode == Mode.STREAMING ? wire.streamedAnswer(text) : wire.answer(text);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("wiresAndModes")
    void fiveToolCallsInOneReplyAllRunAndAreAllStored(Wire wire, Mode mode) throws Exception {
        reply(wire, mode, mode == Mode.STREAMING ? wire.streamedToolCalls("lookup", FIVE_ORDERS)
                : wire.toolCalls("lookup", FIVE_ORDERS));
        reply(wire, mode, answer(wire, mode, "All five were delivered."));

        RunRecord record = run(wire, mode);

        assertThat(record.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(desk.looked).containsExactlyInAnyOrder("o-1", "o-2", "o-3", "o-4", "o-5");
        assertThat(record.toolCalls()).hasSize(5).extracting(ToolCallRecord::name).containsOnly("lookup");
        List<AiMessage> requests = memory.history("s1").stream().filter(AiMessage.class::isInstance)
                .map(AiMessage.class::cast).filter(AiMessage::hasToolExecutionRequests).toList();
        assertThat(requests).singleElement().satisfies(stored -> {
            assertThat(stored.toolExecutionRequests()).extracting(ToolExecutionRequest::arguments)
                    .containsExactlyElementsOf(FIVE_ORDERS);
            assertThat(stored.toolExecutionRequests()).extracting(ToolExecutionRequest::id).doesNotContainNull()
                    .doesNotHaveDuplicates();
        });
        server.takeRequest();
        String followUp = server.takeRequest().getBody().utf8();
        assertThat(followUp).contains("order o-1 delivered", "order o-5 delivered");
        if (mode == Mode.STREAMING) {
            assertThat(tokens.toString()).isEqualTo("All five were delivered.");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("wiresAndModes")
    void aReplyOfToolCallsCutOffIsAModelErrorAndRunsNoTool(Wire wire, Mode mode) {
        for (int i = 0; i < 3; i++) {
            String full = wire.toolCalls("lookup", FIVE_ORDERS);
            reply(wire, mode, mode == Mode.STREAMING ? wire.streamedToolCallsWithoutEnd("lookup", FIVE_ORDERS)
                    : full.substring(0, full.length() / 2));
        }

        RunRecord record = run(wire, mode);

        assertThat(record.stopReason()).isEqualTo(StopReason.MODEL_ERROR);
        assertThat(record.error()).contains("was cut off");
        assertThat(desk.looked).isEmpty();
        assertThat(record.toolCalls()).isEmpty();
        assertThat(server.getRequestCount()).as("a cut-off reply is retried like a cut connection").isEqualTo(3);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("wiresAndModes")
    void anAnswerCutOffIsAModelErrorNotAShortAnswer(Wire wire, Mode mode) {
        String cut = switch (mode) {
            case STREAMING -> wire.streamedText("The order was") + wire.streamedText(" not");
            case PLAIN -> wire == Wire.OLLAMA
                    // Ollama's stream, cut off, sent to a plain request: its first line reads as a whole reply
                    ? OllamaLines.cutOff("The order was", " not")
                    : wire.answer("The order was not delivered").substring(0, 60);
        };
        reply(wire, mode, cut);
        reply(wire, mode, answer(wire, mode, "The order was not delivered."));

        RunRecord record = run(wire, mode);

        // a fresh model's first streamed reply is held back until it is known not to be template-opened reasoning
        // (TextToolCallingModel), so nothing of the cut reply was shown and it is retried like a plain one
        assertThat(record.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(record.answer()).isEqualTo("The order was not delivered.");
        assertThat(record.modelCalls()).singleElement().satisfies(call ->
                assertThat(call.trace().get("failures").get(0).toString()).contains("was cut off"));
        if (mode == Mode.STREAMING) {
            assertThat(tokens.toString()).isEqualTo("The order was not delivered.");
        }
    }

    /** Ollama's NDJSON lines, for a stream sent where a plain reply was expected. */
    private static final class OllamaLines {
        static String cutOff(String... pieces) {
            StringBuilder body = new StringBuilder();
            for (String piece : pieces) {
                body.append(Wire.OLLAMA.streamedText(piece));
            }
            return body.toString();
        }
    }
}
