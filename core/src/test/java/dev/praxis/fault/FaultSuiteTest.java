package dev.praxis.fault;

import dev.praxis.agent.Agent;
import dev.praxis.agent.Limits;
import dev.praxis.agent.RunRecord;
import dev.praxis.agent.RunRequest;
import dev.praxis.agent.StopReason;
import dev.praxis.model.ModelOptions;
import dev.praxis.model.ModelSpec;
import dev.praxis.model.Models;
import dev.praxis.model.RetryPolicy;
import dev.praxis.tool.Param;
import dev.praxis.tool.SideEffect;
import dev.praxis.tool.ToolFunction;
import dev.praxis.tool.Tools;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A misbehaving model server, for both wire formats, behind the real LangChain4j clients and Praxis's resilience
 * layer: every run ends with a recorded stop reason, within its limits, and never throws or hangs.
 */
class FaultSuiteTest {

    public static final class Desk {
        final AtomicInteger lookups = new AtomicInteger();
        final AtomicInteger refunds = new AtomicInteger();

        @ToolFunction(description = "Looks up an order")
        public String lookup(@Param("Order id") String orderId) {
            lookups.incrementAndGet();
            return "order " + orderId + " delivered";
        }

        @ToolFunction(description = "Refunds an order", sideEffect = SideEffect.IRREVERSIBLE)
        public String refund(String orderId) {
            refunds.incrementAndGet();
            return "refunded";
        }
    }

    private static final Duration BOUND = Duration.ofSeconds(30);

    private final MockWebServer server = new MockWebServer();
    private final Desk desk = new Desk();

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Agent agent(Wire wire) {
        ModelOptions options = ModelOptions.builder().env(Map.of()).baseUrl(wire.baseUrl(server))
                .timeout(Duration.ofMillis(700)).streamTimeout(Duration.ofSeconds(2))
                .retry(new RetryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(100), 2.0, 0.2, Duration.ofSeconds(10)))
                .build();
        return Agent.builder().name("desk").model(Models.create(ModelSpec.parse(wire.spec()), options))
                .tools(Tools.from(desk)).limits(Limits.defaults().withMaxModelCalls(5).withTimeout(Duration.ofSeconds(15)))
                .build();
    }

    private void enqueue(int code, String body) {
        server.enqueue(new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build());
    }

    private void toolCallThenAnswer(Wire wire) {
        enqueue(200, wire.toolCall("call_1", "lookup", "{\"order_id\":\"o-1\"}"));
        enqueue(200, wire.answer("Order o-1 was delivered."));
    }

    private RunRecord run(Wire wire, String message) {
        return assertTimeoutPreemptively(BOUND, () -> agent(wire).run("s1", message));
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void rateLimitWithRetryAfterIsWaitedOutAndTheRunCompletes(Wire wire) {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "1")
                .setHeader("Content-Type", "application/json").body(wire.errorBody("slow down")).build());
        toolCallThenAnswer(wire);

        RunRecord record = run(wire, "where is o-1?");

        assertThat(record.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(record.modelCalls().get(0).trace().get("attempts").asInt()).isEqualTo(2);
        assertThat(record.modelCalls().get(0).durationMs()).isGreaterThanOrEqualTo(1000);
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void rateLimitWithoutRetryAfterIsRetriedWithBackoff(Wire wire) {
        enqueue(429, wire.errorBody("rate limited"));
        toolCallThenAnswer(wire);

        RunRecord record = run(wire, "where is o-1?");

        assertThat(record.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(record.modelCalls().get(0).trace().get("attempts").asInt()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void serverErrors500And502And503AreRetried(Wire wire) {
        enqueue(500, wire.errorBody("boom"));
        enqueue(502, wire.errorBody("bad gateway"));
        enqueue(200, wire.toolCall("call_1", "lookup", "{\"order_id\":\"o-1\"}"));
        enqueue(503, wire.errorBody("loading model"));
        enqueue(200, wire.answer("Delivered."));

        RunRecord record = run(wire, "where is o-1?");

        assertThat(record.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(record.modelCalls()).extracting(c -> c.trace().get("attempts").asInt()).containsExactly(3, 2);
        assertThat(desk.lookups).hasValue(1);
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void persistentServerErrorEndsWithModelError(Wire wire) {
        for (int i = 0; i < 3; i++) {
            enqueue(500, wire.errorBody("still broken"));
        }

        RunRecord record = run(wire, "hi");

        assertThat(record.stopReason()).isEqualTo(StopReason.MODEL_ERROR);
        assertThat(record.error()).isNotBlank();
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void connectionResetIsRetried(Wire wire) {
        server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
        toolCallThenAnswer(wire);

        RunRecord record = run(wire, "where is o-1?");

        assertThat(record.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(record.modelCalls().get(0).trace().get("attempts").asInt()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void theRunDeadlineCutsOffAModelCallInFlightAndTheAgentServesTheNextRun(Wire wire) {
        server.enqueue(new MockResponse.Builder().headersDelay(20, TimeUnit.SECONDS)
                .setHeader("Content-Type", "application/json").body(wire.answer("far too late")).build());
        enqueue(200, wire.answer("on time"));
        ModelOptions options = ModelOptions.builder().env(Map.of()).baseUrl(wire.baseUrl(server))
                .timeout(Duration.ofMinutes(2)).retry(RetryPolicy.none()).build();
        Agent agent = Agent.builder().name("desk").model(Models.create(ModelSpec.parse(wire.spec()), options))
                .limits(Limits.defaults().withTimeout(Duration.ofSeconds(1))).build();

        RunRecord cut = assertTimeoutPreemptively(BOUND, () -> agent.run("s1", "hi"));
        RunRecord next = assertTimeoutPreemptively(BOUND, () -> agent.run("s2", "hi again"));

        assertThat(cut.stopReason()).isEqualTo(StopReason.TIMEOUT);
        assertThat(cut.durationMs()).isLessThan(10_000);
        assertThat(next.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(next.answer()).isEqualTo("on time");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void readTimeoutIsRetriedThenReported(Wire wire) {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().headersDelay(3, TimeUnit.SECONDS)
                    .setHeader("Content-Type", "application/json").body(wire.answer("too late")).build());
        }

        RunRecord record = run(wire, "hi");

        assertThat(record.stopReason()).isIn(StopReason.MODEL_ERROR, StopReason.TIMEOUT);
        assertThat(record.modelCalls()).singleElement().satisfies(c -> assertThat(c.error()).isNotBlank());
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void truncatedAndInvalidJsonBodiesEndCleanly(Wire wire) {
        String full = wire.answer("complete answer");
        enqueue(200, full.substring(0, full.length() / 2));
        enqueue(200, "<html><body>502 Bad Gateway</body></html>");
        enqueue(200, "{\"unexpected\": true");

        RunRecord record = run(wire, "hi");

        assertThat(record.stopReason()).isEqualTo(StopReason.MODEL_ERROR);
        assertThat(record.error()).isNotBlank();
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void truncatedStreamEndsTheRunWithARecordedReason(Wire wire) {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().setHeader("Content-Type", wire.streamContentType())
                    .body(wire.truncatedStream()).build());
        }
        StringBuilder tokens = new StringBuilder();

        RunRecord record = assertTimeoutPreemptively(BOUND,
                () -> agent(wire).run(RunRequest.of("s1", "hi").streaming(tokens::append)));

        assertThat(record.stopReason()).isIn(StopReason.MODEL_ERROR, StopReason.TIMEOUT, StopReason.COMPLETED);
        assertThat(record.stopReason() == StopReason.COMPLETED ? record.answer() : record.error()).isNotBlank();
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void unknownToolAndInvalidArgumentsAreFedBackAndTheModelRecovers(Wire wire) {
        enqueue(200, wire.toolCall("call_1", "find_order", "{\"order_id\":\"o-1\"}"));
        enqueue(200, wire.toolCall("call_2", "lookup", "{\"order\":\"o-1\"}"));
        toolCallThenAnswer(wire);

        RunRecord record = run(wire, "where is o-1?");

        assertThat(record.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(record.toolCalls()).extracting(c -> c.outcome().json()).containsExactly("error", "error", "ok");
        assertThat(record.toolCalls().get(0).error()).contains("unknown tool 'find_order'");
        assertThat(record.toolCalls().get(1).error()).contains("order_id: required");
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void endlessToolCallsStopAtTheStepLimitWithoutRunningTheIrreversibleTool(Wire wire) {
        for (int i = 0; i < 5; i++) {
            enqueue(200, wire.toolCall("call_" + i, i % 2 == 0 ? "lookup" : "refund", "{\"order_id\":\"o-" + i + "\"}"));
        }

        RunRecord record = run(wire, "loop");

        assertThat(record.stopReason()).isEqualTo(StopReason.STEP_LIMIT);
        assertThat(desk.refunds).hasValue(0);
        assertThat(record.toolCalls()).filteredOn(c -> c.name().equals("refund"))
                .allSatisfy(c -> assertThat(c.outcome().json()).isEqualTo("denied"));
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void enormousResponseIsHandled(Wire wire) {
        enqueue(200, wire.answer("x".repeat(8_000_000)));

        RunRecord record = run(wire, "talk a lot");

        assertThat(record.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(record.answer()).hasSize(8_000_000);
    }
}
