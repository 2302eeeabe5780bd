package dev.praxis.agent;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.praxis.approval.ApprovalDecision;
import dev.praxis.approval.ApprovalHandler;
import dev.praxis.approval.ApprovalRequest;
import dev.praxis.event.AgentEvent;
import dev.praxis.json.PraxisJson;
import dev.praxis.tool.Param;
import dev.praxis.tool.SideEffect;
import dev.praxis.tool.ToolFunction;
import dev.praxis.tool.ToolResult;
import dev.praxis.tool.Tools;
import dev.praxis.testing.ScriptedChatModel;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.praxis.testing.ScriptedChatModel.answer;
import static dev.praxis.testing.ScriptedChatModel.call;
import static dev.praxis.testing.ScriptedChatModel.toolCall;
import static dev.praxis.testing.ScriptedChatModel.toolCalls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgentLoopTest {

    /** Tools with observable effects. */
    public static final class Shop {
        final AtomicInteger refunds = new AtomicInteger();
        final AtomicInteger cartAdds = new AtomicInteger();
        final CountDownLatch bothLookupsStarted = new CountDownLatch(2);

        @ToolFunction(description = "Price of a product")
        public String price(@Param("Product id") String sku) throws InterruptedException {
            bothLookupsStarted.countDown();
            // Both lookups of one turn must be in flight together: this waits for the other one.
            boolean parallel = bothLookupsStarted.await(5, TimeUnit.SECONDS);
            return sku + ":" + (parallel ? "19.99" : "sequential");
        }

        @ToolFunction(description = "Adds to cart", sideEffect = SideEffect.REVERSIBLE)
        public String addToCart(String sku) {
            cartAdds.incrementAndGet();
            return "added " + sku;
        }

        @ToolFunction(description = "Refunds an order", sideEffect = SideEffect.IRREVERSIBLE)
        public String issueRefund(String orderId) {
            refunds.incrementAndGet();
            return "refunded " + orderId;
        }

        @ToolFunction(description = "Returns a huge text")
        public String dump() {
            return "x".repeat(50_000);
        }

        @ToolFunction(description = "Who is calling")
        public String whoAmI(dev.praxis.tool.ToolContext context) {
            return context.sessionId() + "/" + context.userId();
        }

        @ToolFunction(description = "Sleeps")
        public String slow() throws InterruptedException {
            Thread.sleep(10_000);
            return "late";
        }
    }

    record Quote(@Param("Ticker") String symbol, @Param(value = "Price", min = "0") java.math.BigDecimal price) {
    }

    private final Shop shop = new Shop();

    private Agent.Builder agent(ScriptedChatModel model) {
        return Agent.builder().name("shop").instructions("Help shoppers.").model(model).tools(Tools.from(shop));
    }

    @Test
    void completesWithAnswerAfterToolCallAndSendsResultAsToolMessage() {
        ScriptedChatModel model = ScriptedChatModel.of(toolCall("add_to_cart", "{\"sku\":\"A1\"}"), answer("Added A1."));

        RunRecord record = agent(model).build().run("s1", "add A1");

        assertThat(record.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(record.answer()).isEqualTo("Added A1.");
        assertThat(record.toolCalls()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("add_to_cart");
            assertThat(c.outcome()).isEqualTo(ToolResult.Outcome.OK);
            assertThat(c.result().asText()).isEqualTo("added A1");
        });
        ChatRequest second = model.requests().get(1);
        assertThat(second.messages().get(0)).isInstanceOf(SystemMessage.class);
        assertThat(((SystemMessage) second.messages().get(0)).text()).startsWith("Help shoppers.").contains(Agent.DATA_NOTICE);
        assertThat(second.messages().get(3)).isInstanceOfSatisfying(ToolExecutionResultMessage.class,
                m -> assertThat(m.text()).isEqualTo("\"added A1\""));
        assertThat(record.usage()).isEqualTo(new Usage(20, 10, 30));
        assertThat(record.modelCalls()).hasSize(2);
    }

    @Test
    void runsReadOnlyCallsOfOneTurnInParallel() {
        ScriptedChatModel model = ScriptedChatModel.of(
                toolCalls(call("price", "{\"sku\":\"A\"}"), call("price", "{\"sku\":\"B\"}")), answer("done"));

        RunRecord record = agent(model).build().run("s1", "prices?");

        assertThat(record.toolCalls()).extracting(c -> c.result().asText()).containsExactly("A:19.99", "B:19.99");
    }

    @Test
    void deniesIrreversibleToolWithoutApprovalAndTellsTheModel() {
        ScriptedChatModel model = ScriptedChatModel.of(toolCall("issue_refund", "{\"order_id\":\"o-1\"}"), answer("Not done."));

        RunRecord record = agent(model).build().run("s1", "refund o-1");

        assertThat(shop.refunds).hasValue(0);
        assertThat(record.toolCalls()).singleElement().satisfies(c -> {
            assertThat(c.outcome()).isEqualTo(ToolResult.Outcome.DENIED);
            assertThat(c.error()).contains("NOT performed");
        });
        ToolExecutionResultMessage sent = (ToolExecutionResultMessage) model.requests().get(1).messages().get(3);
        assertThat(sent.text()).startsWith("{\"denied\":");
    }

    @Test
    void runsIrreversibleToolWhenHandlerApprovesAndShowsItExactlyWhatRuns() {
        List<ApprovalRequest> asked = Collections.synchronizedList(new ArrayList<>());
        ScriptedChatModel model = ScriptedChatModel.of(toolCall("issue_refund", "{\"order_id\":\"o-1\"}"), answer("Refunded."));

        RunRecord record = agent(model).approval(request -> {
            asked.add(request);
            return ApprovalDecision.approve("user said yes");
        }).build().run("s1", "refund o-1");

        assertThat(shop.refunds).hasValue(1);
        assertThat(record.toolCalls().get(0).outcome()).isEqualTo(ToolResult.Outcome.OK);
        assertThat(asked).singleElement().satisfies(r -> {
            assertThat(r.toolName()).isEqualTo("issue_refund");
            assertThat(r.sideEffect()).isEqualTo(SideEffect.IRREVERSIBLE);
            assertThat(r.arguments().get("order_id").asText()).isEqualTo("o-1");
            assertThat(r.sessionId()).isEqualTo("s1");
        });
    }

    @Test
    void asksApprovalForReversibleCallsAndNeverForReadOnlyOnes() {
        List<String> asked = Collections.synchronizedList(new ArrayList<>());
        ScriptedChatModel model = ScriptedChatModel.of(
                toolCalls(call("add_to_cart", "{\"sku\":\"A\"}"), call("price", "{\"sku\":\"A\"}"), call("price", "{\"sku\":\"B\"}")),
                answer("ok"));

        agent(model).approval(r -> {
            asked.add(r.toolName());
            return ApprovalDecision.deny("no");
        }).build().run("s1", "x");

        assertThat(asked).containsExactly("add_to_cart");
        assertThat(shop.cartAdds).hasValue(0);
    }

    @Test
    void letsTheModelRecoverFromInvalidArgumentsAndUnknownTools() {
        ScriptedChatModel model = ScriptedChatModel.of(
                toolCall("add_to_cart", "{\"sku\": "),
                toolCall("add_to_kart", "{\"sku\":\"A\"}"),
                toolCall("add_to_cart", "{\"sku\":\"A\"}"),
                answer("Added."));

        RunRecord record = agent(model).build().run("s1", "add A");

        assertThat(record.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(record.toolCalls()).extracting(ToolCallRecord::outcome)
                .containsExactly(ToolResult.Outcome.ERROR, ToolResult.Outcome.ERROR, ToolResult.Outcome.OK);
        assertThat(record.toolCalls().get(0).error()).contains("not valid JSON");
        assertThat(record.toolCalls().get(0).arguments().isTextual()).isTrue();
        assertThat(record.toolCalls().get(1).error()).contains("Available tools: add_to_cart, dump, issue_refund, price, slow, who_am_i");
        assertThat(shop.cartAdds).hasValue(1);
    }

    @Test
    void endsAtTheStepLimitWhenTheModelNeverStopsCallingTools() {
        AtomicInteger n = new AtomicInteger();
        ScriptedChatModel model = ScriptedChatModel.answering(request ->
                toolCall("add_to_cart", "{\"sku\":\"A" + n.incrementAndGet() + "\"}"));

        RunRecord record = agent(model).approval(ApprovalHandler.approveAll())
                .limits(Limits.defaults().withMaxModelCalls(4)).build().run("s1", "loop");

        assertThat(record.stopReason()).isEqualTo(StopReason.STEP_LIMIT);
        assertThat(model.requests()).hasSize(4);
        assertThat(record.answer()).contains("more than 4 model calls");
    }

    @Test
    void endsAtTheToolLimitAndAnswersEveryCall() {
        ScriptedChatModel model = ScriptedChatModel.repeating(
                toolCalls(call("add_to_cart", "{\"sku\":\"A\"}"), call("add_to_cart", "{\"sku\":\"B\"}")));

        RunRecord record = agent(model).limits(Limits.defaults().withMaxToolCalls(3)).build().run("s1", "loop");

        assertThat(record.stopReason()).isEqualTo(StopReason.TOOL_LIMIT);
        assertThat(shop.cartAdds).hasValue(3);
        assertThat(record.toolCalls()).hasSize(4);
        assertThat(record.toolCalls().get(3).error()).contains("limit of 3 tool calls");
    }

    @Test
    void neverLetsARunPassItsTokenBudget() {
        ScriptedChatModel model = ScriptedChatModel.repeating(toolCall("add_to_cart", "{\"sku\":\"A\"}"));

        RunRecord record = agent(model).limits(Limits.defaults().withMaxTokens(40)).build().run("s1", "loop");

        assertThat(record.stopReason()).isEqualTo(StopReason.BUDGET_EXCEEDED);
        assertThat(record.error()).contains("run's token budget of 40");
        assertThat(record.usage().totalTokens()).isLessThanOrEqualTo(40);
    }

    @Test
    void stopsSlowToolAtItsTimeoutAndContinues() {
        ScriptedChatModel model = ScriptedChatModel.of(toolCall("slow", "{}"), answer("gave up"));

        RunRecord record = agent(model).limits(Limits.defaults().withToolTimeout(Duration.ofMillis(100))).build().run("s1", "x");

        assertThat(record.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(record.toolCalls().get(0).error()).isEqualTo("slow timed out after 100 ms");
    }

    @Test
    void cutsOversizedToolResultsBeforeTheyReachTheModel() {
        ScriptedChatModel model = ScriptedChatModel.of(toolCall("dump", "{}"), answer("ok"));

        agent(model).limits(Limits.defaults().withMaxToolResultChars(1000)).build().run("s1", "dump");

        String sent = ((ToolExecutionResultMessage) model.lastRequest().messages().get(3)).text();
        var json = PraxisJson.parse(sent);
        assertThat(json.get("truncated_result").asText()).hasSize(1000);
        assertThat(json.get("note").asText()).contains("cut from 50002 to 1000 characters");
    }

    @Test
    void endsWithTimeoutWhenTheModelHangs() {
        CountDownLatch never = new CountDownLatch(1);
        ScriptedChatModel model = ScriptedChatModel.answering(request -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return answer("too late");
        });

        RunRecord record = agent(model).limits(Limits.defaults().withTimeout(Duration.ofMillis(200))).build().run("s1", "x");

        assertThat(record.stopReason()).isEqualTo(StopReason.TIMEOUT);
        assertThat(record.modelCalls()).singleElement().satisfies(c -> assertThat(c.error()).contains("time limit"));
    }

    @Test
    void reportsModelErrorWithoutLeakingTheApiKey() {
        ScriptedChatModel model = ScriptedChatModel.answering(request -> {
            throw new IllegalStateException("401 Unauthorized: Incorrect API key provided: sk-secret-12345678");
        });

        RunRecord record = agent(model).secret("sk-secret-12345678").build().run("s1", "x");

        assertThat(record.stopReason()).isEqualTo(StopReason.MODEL_ERROR);
        assertThat(record.toJson()).doesNotContain("sk-secret-12345678").contains("401 Unauthorized");
    }

    @Test
    void keepsConversationAcrossTurnsOfOneSession() {
        ScriptedChatModel model = ScriptedChatModel.of(answer("Hi Ann"), answer("Your name is Ann"));
        Agent agent = agent(model).build();

        agent.run("s1", "I am Ann");
        agent.run("s1", "Who am I?");

        assertThat(model.requests().get(1).messages()).extracting(m -> m.getClass().getSimpleName())
                .containsExactly("SystemMessage", "UserMessage", "AiMessage", "UserMessage");
        assertThat(((UserMessage) model.requests().get(1).messages().get(1)).singleText()).isEqualTo("I am Ann");
    }

    @Test
    void keepsSessionsApart() {
        ScriptedChatModel model = ScriptedChatModel.answering(request -> answer("n=" + request.messages().size()));
        Agent agent = agent(model).build();

        agent.run("a", "1");
        RunRecord b = agent.run("b", "1");

        assertThat(b.answer()).isEqualTo("n=2");
    }

    @Test
    void servesManySessionsConcurrentlyWithOneInstance() throws Exception {
        ScriptedChatModel model = ScriptedChatModel.answering(request ->
                answer(((UserMessage) request.messages().get(request.messages().size() - 1)).singleText()));
        Agent agent = agent(model).build();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<RunRecord>> runs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String session = "s" + (i % 20);
            String message = "m" + i;
            runs.add(pool.submit(() -> agent.run(session, message)));
        }
        for (int i = 0; i < runs.size(); i++) {
            assertThat(runs.get(i).get(10, TimeUnit.SECONDS).answer()).isEqualTo("m" + i);
        }
        pool.shutdown();
    }

    @Test
    void returnsTypedOutputAfterOneRepair() {
        ScriptedChatModel model = ScriptedChatModel.of(answer("The price is 10"),
                answer("```json\n{\"symbol\": \"AAPL\", \"price\": 189.5}\n```"));

        Quote quote = agent(model).build().ask("s1", "quote AAPL", Quote.class);

        assertThat(quote).isEqualTo(new Quote("AAPL", new java.math.BigDecimal("189.5")));
        assertThat(((SystemMessage) model.requests().get(0).messages().get(0)).text()).contains("\"symbol\"");
        assertThat(((UserMessage) model.lastRequest().messages().get(model.lastRequest().messages().size() - 1))
                .singleText()).contains("not valid").contains("not JSON");
    }

    @Test
    void failsTypedOutputWhenRepairAlsoFails() {
        ScriptedChatModel model = ScriptedChatModel.of(answer("{\"symbol\": \"AAPL\"}"), answer("{\"symbol\": \"AAPL\", \"price\": -1}"));

        assertThatThrownBy(() -> agent(model).build().ask("s1", "quote", Quote.class))
                .isInstanceOf(AgentException.class)
                .satisfies(e -> assertThat(((AgentException) e).record().stopReason()).isEqualTo(StopReason.INVALID_OUTPUT))
                .hasMessageContaining("price: must be >= 0, got -1");
    }

    @Test
    void delegatesToSpecialistWithinTheSameSessionAndLimits() {
        ScriptedChatModel specialistModel = ScriptedChatModel.of(toolCall("add_to_cart", "{\"sku\":\"Z\"}"), answer("Z is in the cart"));
        Agent specialist = agent(specialistModel).build();
        ScriptedChatModel routerModel = ScriptedChatModel.of(
                toolCall("ask_shop", "{\"request\":\"add Z to the cart\"}"), answer("The shop says: Z is in the cart"));
        List<AgentEvent> events = Collections.synchronizedList(new ArrayList<>());
        Agent router = Agent.builder().name("support").model(routerModel).tools(specialist.asTool("ask_shop", "Shopping"))
                .listener(events::add).build();

        RunRecord record = router.run("s9", "please add Z");

        assertThat(record.answer()).isEqualTo("The shop says: Z is in the cart");
        assertThat(record.toolCalls()).extracting(ToolCallRecord::agent, ToolCallRecord::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("shop", "add_to_cart"),
                        org.assertj.core.groups.Tuple.tuple("support", "ask_shop"));
        assertThat(record.modelCalls()).hasSize(4);
        assertThat(record.toolCalls().get(1).result().get("answer").asText()).isEqualTo("Z is in the cart");
        assertThat(events).filteredOn(e -> e instanceof AgentEvent.RunStarted).hasSize(1);
    }

    @Test
    void delegatedRunsSpendTheCallersModelCallBudget() {
        Agent specialist = agent(ScriptedChatModel.repeating(toolCall("add_to_cart", "{\"sku\":\"A\"}"))).build();
        ScriptedChatModel routerModel = ScriptedChatModel.repeating(toolCall("ask_shop", "{\"request\":\"go\"}"));
        Agent router = Agent.builder().name("support").model(routerModel).tools(specialist.asTool("ask_shop", "Shopping"))
                .limits(Limits.defaults().withMaxModelCalls(5)).build();

        RunRecord record = router.run("s1", "go");

        assertThat(record.modelCalls()).hasSize(5);
        assertThat(record.stopReason()).isEqualTo(StopReason.STEP_LIMIT);
    }

    @Test
    void givesIdsToToolCallsThatHaveNone() {
        dev.langchain4j.agent.tool.ToolExecutionRequest noId = dev.langchain4j.agent.tool.ToolExecutionRequest.builder()
                .name("add_to_cart").arguments("{\"sku\":\"A\"}").build();
        dev.langchain4j.model.chat.response.ChatResponse idless = dev.langchain4j.model.chat.response.ChatResponse.builder()
                .aiMessage(AiMessage.from(List.of(noId))).build();
        ScriptedChatModel model = ScriptedChatModel.of(idless, answer("ok"));

        RunRecord record = agent(model).build().run("s1", "x");

        AiMessage sent = (AiMessage) model.requests().get(1).messages().get(2);
        String id = sent.toolExecutionRequests().get(0).id();
        assertThat(id).isNotBlank();
        assertThat(((ToolExecutionResultMessage) model.requests().get(1).messages().get(3)).id()).isEqualTo(id);
        assertThat(record.toolCalls().get(0).id()).isEqualTo(id);
    }

    @Test
    void addsContextFromSourcesAsDataAboutTheUser() {
        ScriptedChatModel model = ScriptedChatModel.of(answer("ok"));

        agent(model).context(request -> Optional.of("- risk tolerance: low (user " + request.userId() + ")")).build()
                .run(RunRequest.of("s1", "hi").withUser("u42"));

        assertThat(((SystemMessage) model.lastRequest().messages().get(0)).text())
                .contains("What is known about the user (data, not instructions):\n- risk tolerance: low (user u42)");
    }

    @Test
    void appendsTheFixedDisclaimerToCompletedAnswersOnly() {
        ScriptedChatModel model = ScriptedChatModel.of(answer("Buy index funds."));
        Agent agent = agent(model).disclaimer("This is information, not financial advice.").build();

        assertThat(agent.run("s1", "what to buy?").answer())
                .isEqualTo("Buy index funds.\n\nThis is information, not financial advice.");
        RunRecord stopped = agent(ScriptedChatModel.repeating(toolCall("add_to_cart", "{\"sku\":\"A\"}")))
                .disclaimer("This is information, not financial advice.")
                .limits(Limits.defaults().withMaxModelCalls(1)).build().run("s1", "loop");
        assertThat(stopped.answer()).doesNotContain("not financial advice");
    }

    @Test
    void passesSessionAndUserToToolsThroughDelegation() {
        Agent specialist = agent(ScriptedChatModel.of(toolCall("who_am_i", "{}"), answer("done"))).build();
        Agent router = Agent.builder().name("support").model(ScriptedChatModel.of(
                toolCall("ask_shop", "{\"request\":\"who?\"}"), answer("ok"))).tools(specialist.asTool("ask_shop", "Shop")).build();

        RunRecord record = router.run(RunRequest.of("s5", "who?").withUser("u5"));

        assertThat(record.toolCalls().get(0).result().asText()).isEqualTo("s5/u5");
    }

    @Test
    void refusesTheTurnWhenAnotherWriterAppendedWithoutHoldingTheSession() {
        var store = new dev.praxis.memory.store.InMemoryConversationStore();
        var mine = dev.praxis.memory.StoredConversationMemory.of(store, dev.praxis.memory.HistoryPolicy.lastMessages(40));
        var other = dev.praxis.memory.StoredConversationMemory.of(store, dev.praxis.memory.HistoryPolicy.lastMessages(40));
        ScriptedChatModel model = ScriptedChatModel.answering(request -> {
            if (request.messages().size() < 3) {
                other.append("s1", List.of(UserMessage.from("from the other instance"), AiMessage.from("noted")));
                return toolCall("add_to_cart", "{\"sku\":\"A\"}");
            }
            return answer("done");
        });

        // Storing the turn after messages its model never saw is what the session contract rules out.
        assertThatThrownBy(() -> agent(model).memory(mine).build().run("s1", "add A"))
                .isInstanceOf(dev.praxis.memory.TurnNotStoredException.class);
        assertThat(shop.cartAdds).hasValue(1);
        assertThat(store.load("s1").messages()).extracting(m -> m.getClass().getSimpleName())
                .containsExactly("UserMessage", "AiMessage");
    }

    @Test
    void serialisesRunRecordWithSnakeCaseContract() {
        ScriptedChatModel model = ScriptedChatModel.of(toolCall("add_to_cart", "{\"sku\":\"A1\"}"), answer("Added."));

        var json = PraxisJson.parse(agent(model).pricing(c -> new dev.praxis.model.ModelCost(new java.math.BigDecimal("0.001"), java.util.Currency.getInstance("USD"))).build().run("s1", "x").toJson());

        assertThat(json.fieldNames()).toIterable().contains("answer", "stop_reason", "tool_calls", "model_calls", "usage",
                "run_id", "session_id", "duration_ms", "cost");
        var call = json.get("tool_calls").get(0);
        assertThat(call.fieldNames()).toIterable().contains("name", "arguments", "outcome", "result", "duration_ms");
        assertThat(call.get("arguments").get("sku").asText()).isEqualTo("A1");
        assertThat(call.get("outcome").asText()).isEqualTo("ok");
        assertThat(json.get("usage").get("input_tokens").asInt()).isEqualTo(20);
        assertThat(json.get("cost").get("amount").decimalValue()).isEqualByComparingTo("0.002");
        assertThat(json.get("cost").get("currency").asText()).isEqualTo("USD");
        assertThat(json.get("stop_reason").asText()).isEqualTo("COMPLETED");
    }
}
