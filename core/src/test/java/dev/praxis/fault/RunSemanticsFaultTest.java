package dev.praxis.fault;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.praxis.agent.Agent;
import dev.praxis.agent.Limits;
import dev.praxis.agent.RunRecord;
import dev.praxis.agent.RunRequest;
import dev.praxis.agent.StopReason;
import dev.praxis.agent.ToolCallRecord;
import dev.praxis.approval.ApprovalHandler;
import dev.praxis.fault.ScriptedWireServer.Call;
import dev.praxis.fault.ScriptedWireServer.Reply;
import dev.praxis.model.ModelCost;
import dev.praxis.model.ModelOptions;
import dev.praxis.model.ModelSpec;
import dev.praxis.model.Models;
import dev.praxis.model.RetryPolicy;
import dev.praxis.tool.Param;
import dev.praxis.tool.SideEffect;
import dev.praxis.tool.ToolFunction;
import dev.praxis.tool.ToolResult;
import dev.praxis.tool.Tools;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The run semantics an agent that moves money must get exactly right, over both wire formats, plain and
 * streaming, through the real LangChain4j clients and Praxis's model layer: the model's call order, honest
 * outcomes for side effects past their deadline, bugs told apart from model failures, empty replies that neither
 * complete nor poison the session, loops stopped, budgets that hold.
 */
class RunSemanticsFaultTest {

    /** A shop with a basket, a payment that may hang, and a tool with a bug. */
    public static final class Till {
        final List<String> basket = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger payments = new AtomicInteger();
        final AtomicInteger lookups = new AtomicInteger();
        volatile long payMillis;

        @ToolFunction(description = "Adds an item to the basket", sideEffect = SideEffect.REVERSIBLE)
        public String addItem(@Param("Item") String item) {
            basket.add(item);
            return "added " + item;
        }

        @ToolFunction(description = "Lists the basket")
        public List<String> viewItems() {
            return List.copyOf(basket);
        }

        @ToolFunction(description = "Pays a merchant", sideEffect = SideEffect.IRREVERSIBLE)
        public String pay(@Param("Merchant") String to, @Param("Amount") BigDecimal amount) {
            payments.incrementAndGet();
            // The payment went through; the confirmation is slow and ignores interruption, like a stuck socket.
            long end = System.nanoTime() + payMillis * 1_000_000L;
            while (System.nanoTime() < end) {
                Thread.onSpinWait();
            }
            return "paid " + amount + " to " + to;
        }

        @ToolFunction(description = "Looks up an order")
        public String lookup(@Param("Order id") String orderId) {
            lookups.incrementAndGet();
            return "order " + orderId + " delivered";
        }

        @ToolFunction(description = "Reads the loyalty points")
        public int points() {
            String missing = null;
            return missing.length();
        }
    }

    enum Mode { PLAIN, STREAMING }

    static Stream<Arguments> wiresAndModes() {
        return Stream.of(Wire.values()).flatMap(w -> Stream.of(Mode.values()).map(m -> Arguments.of(w, m)));
    }

    private final MockWebServer server = new MockWebServer();
    private final Till till = new Till();
    private final List<Agent> agents = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() {
        agents.forEach(Agent::close);
        server.close();
    }

    private ScriptedWireServer script(Wire wire) {
        ScriptedWireServer script = new ScriptedWireServer(wire);
        server.setDispatcher(script);
        return script;
    }

    private Agent.Builder agent(Wire wire) {
        ModelOptions options = ModelOptions.builder().env(Map.of()).baseUrl(wire.baseUrl(server))
                .timeout(Duration.ofSeconds(5)).streamTimeout(Duration.ofSeconds(5))
                .retry(new RetryPolicy(1, Duration.ofMillis(20), Duration.ofMillis(100), 2.0, 0.2, Duration.ofSeconds(10)))
                .build();
        return Agent.builder().name("till").model(Models.create(ModelSpec.parse(wire.spec()), options))
                .tools(Tools.from(till)).approval(ApprovalHandler.approveAll())
                .limits(Limits.defaults().withMaxModelCalls(6).withTimeout(Duration.ofSeconds(20)));
    }

    private RunRecord run(Agent.Builder builder, Mode mode, String message) {
        Agent agent = builder.build();
        agents.add(agent);
        return run(agent, mode, message);
    }

    private static RunRecord run(Agent agent, Mode mode, String message) {
        RunRequest request = RunRequest.of("s1", message);
        RunRequest sent = mode == Mode.STREAMING ? request.streaming(token -> { }) : request;
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> agent.run(sent));
    }

    @ParameterizedTest
    @MethodSource("wiresAndModes")
    void aLaterCallSeesTheEffectOfAnEarlierOneOfTheSameReply(Wire wire, Mode mode) {
        script(wire).then(Reply.calls(new Call("c1", "add_item", "{\"item\":\"apple\"}"),
                new Call("c2", "view_items", "{}"))).then(Reply.answer("Your basket has an apple."));

        RunRecord record = run(agent(wire), mode, "add an apple and show me the basket");

        assertThat(record.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(record.toolCalls()).extracting(ToolCallRecord::name).containsExactly("add_item", "view_items");
        assertThat(record.toolCalls().get(1).result().toString()).contains("apple");
    }

    @ParameterizedTest
    @MethodSource("wiresAndModes")
    void aPaymentThatOutlivesItsDeadlineIsRecordedUnknownAndNotRetried(Wire wire, Mode mode) {
        till.payMillis = 1_500;
        ScriptedWireServer script = script(wire)
                .then(Reply.calls(new Call("c1", "pay", "{\"to\":\"ACME\",\"amount\":120.50}")))
                .then(Reply.answer("I could not confirm the payment; please check your statement."));

        RunRecord record = run(agent(wire).limits(Limits.defaults().withToolTimeout(Duration.ofMillis(200))),
                mode, "pay ACME 120.50");

        assertThat(record.toolCalls()).hasSize(1);
        assertThat(record.toolCalls().get(0).outcome()).isEqualTo(ToolResult.Outcome.UNKNOWN);
        assertThat(record.toolCalls().get(0).error()).contains("Do not call it again before checking");
        assertThat(till.payments).hasValue(1);
        assertThat(record.toolCalls().get(0).durationMs()).isLessThan(1_500);
        assertThat(script.requests.get(1).toString()).contains("outcome_unknown");
        assertThat(record.stopReason()).isEqualTo(StopReason.COMPLETED);
    }

    @ParameterizedTest
    @MethodSource("wiresAndModes")
    void aBugInAToolEndsTheRunAsInternalErrorWithItsStackTraceLogged(Wire wire, Mode mode) {
        script(wire).then(Reply.calls(new Call("c1", "points", "{}"))).thenForever(Reply.answer("You have points."));
        ListAppender<ILoggingEvent> log = dev.praxis.LogCapture.of("dev.praxis.agent.ToolRunner");

        RunRecord record = run(agent(wire), mode, "how many points do I have?");

        assertThat(record.stopReason()).isEqualTo(StopReason.INTERNAL_ERROR);
        assertThat(record.error()).contains("NullPointerException");
        assertThat(record.answer()).doesNotContain("could not reach the model");
        assertThat(log.list).anySatisfy(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.ERROR);
            assertThat(event.getThrowableProxy().getClassName()).isEqualTo(NullPointerException.class.getName());
        });
    }

    @ParameterizedTest
    @MethodSource("wiresAndModes")
    void anEmptyReplyNeitherCompletesNorPoisonsTheSession(Wire wire, Mode mode) {
        ScriptedWireServer script = script(wire).then(Reply.answer("")).then(Reply.answer(" "))
                .then(Reply.answer("Hello again."));
        Agent agent = agent(wire).build();
        agents.add(agent);

        RunRecord first = run(agent, mode, "hi");
        RunRecord second = run(agent, mode, "are you there?");

        assertThat(first.stopReason()).isEqualTo(StopReason.MODEL_ERROR);
        assertThat(first.error()).contains("empty reply twice");
        assertThat(second.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(second.answer()).isEqualTo("Hello again.");
        assertThat(script.refusals).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("wiresAndModes")
    void aThinkOnlyReplyIsNudgedAndTheNextAnswerCompletes(Wire wire, Mode mode) {
        ScriptedWireServer script = script(wire).then(Reply.answer("<think>The user greets me.</think>"))
                .then(Reply.answer("Hello!")).then(Reply.answer("Still here."));
        Agent agent = agent(wire).build();
        agents.add(agent);

        RunRecord first = run(agent, mode, "hi");
        RunRecord second = run(agent, mode, "still there?");

        assertThat(first.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(first.answer()).isEqualTo("Hello!");
        assertThat(second.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(script.refusals).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("wiresAndModes")
    void aModelRepeatingTheSameCallIsStoppedForNoProgress(Wire wire, Mode mode) {
        script(wire).thenForever(Reply.calls(new Call("call_1", "lookup", "{\"order_id\":\"o-1\"}")));

        RunRecord record = run(agent(wire).limits(Limits.defaults().withMaxModelCalls(10)), mode, "where is o-1?");

        assertThat(record.stopReason()).isEqualTo(StopReason.NO_PROGRESS);
        assertThat(record.toolCalls()).hasSizeLessThanOrEqualTo(3);
        assertThat(till.lookups.get()).isLessThanOrEqualTo(2);
        assertThat(record.toolCalls()).extracting(ToolCallRecord::id).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @MethodSource("wiresAndModes")
    void theRunsTokenBudgetCapsTheReplyAndEndsTheRunAtTheFirstCallThatPassesIt(Wire wire, Mode mode) {
        ScriptedWireServer script = script(wire)
                .then(Reply.calls(new Call("c1", "lookup", "{\"order_id\":\"o-1\"}")))
                .then(Reply.calls(new Call("c2", "lookup", "{\"order_id\":\"o-2\"}")))
                .thenForever(Reply.calls(new Call("c3", "lookup", "{\"order_id\":\"o-3\"}")));

        RunRecord record = run(agent(wire).limits(Limits.defaults().withMaxTokens(250)), mode, "check my orders");

        assertThat(record.stopReason()).isEqualTo(StopReason.BUDGET_EXCEEDED);
        assertThat(record.error()).contains("run's token budget of 250");
        List<dev.praxis.agent.ModelCallRecord> calls = record.modelCalls();
        long beforeLast = calls.stream().limit(calls.size() - 1).mapToLong(c -> c.usage().totalTokens()).sum();
        assertThat(beforeLast).as("tokens before the last call").isLessThanOrEqualTo(250);
        // The fake server ignores the cap; a real one stops the reply there. Either way the request carried it.
        com.fasterxml.jackson.databind.JsonNode last = script.requests.get(script.requests.size() - 1);
        long cap = wire == Wire.OPENAI ? last.path("max_completion_tokens").asLong(last.path("max_tokens").asLong(0))
                : last.path("options").path("num_predict").asLong(0);
        assertThat(cap).as("output cap of the last request").isPositive().isLessThanOrEqualTo(250 - beforeLast);
        boolean passed = record.usage().totalTokens() > 250;
        assertThat(till.lookups.get()).as("tools of a reply past the budget do not run")
                .isEqualTo(passed ? calls.size() - 1 : calls.size());
    }

    @ParameterizedTest
    @MethodSource("wiresAndModes")
    void theRunsMoneyBudgetStopsBeforeTheToolsOfTheReplyThatSpentIt(Wire wire, Mode mode) {
        Currency eur = Currency.getInstance("EUR");
        script(wire).then(Reply.calls(new Call("c1", "lookup", "{\"order_id\":\"o-1\"}")))
                .thenForever(Reply.calls(new Call("c2", "lookup", "{\"order_id\":\"o-2\"}")));

        RunRecord record = run(agent(wire).pricing(call -> new ModelCost(new BigDecimal("0.01"), eur))
                .limits(Limits.defaults().withMaxCost(new ModelCost(new BigDecimal("0.02"), eur))), mode, "orders?");

        assertThat(record.stopReason()).isEqualTo(StopReason.BUDGET_EXCEEDED);
        assertThat(record.error()).contains("run's money budget of 0.02 EUR");
        assertThat(record.cost().amount()).isEqualByComparingTo("0.02");
        assertThat(till.lookups).hasValue(1);
    }
}
