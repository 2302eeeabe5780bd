package dev.praxis.agent;

import dev.praxis.memory.StoredConversationMemory;
import dev.praxis.memory.store.InMemoryConversationStore;
import dev.praxis.model.ModelCost;
import dev.praxis.testing.ScriptedChatModel;
import dev.praxis.tool.Param;
import dev.praxis.tool.ToolFunction;
import dev.praxis.tool.Tools;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.praxis.testing.ScriptedChatModel.answer;
import static dev.praxis.testing.ScriptedChatModel.toolCall;
import static org.assertj.core.api.Assertions.assertThat;

/** Token, money and time budgets of a session, over several runs. Each scripted model call uses 15 tokens. */
class BudgetTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    public static final class Quotes {
        final AtomicInteger n = new AtomicInteger();

        @ToolFunction(description = "A quote")
        public String quote(@Param("Symbol") String symbol) {
            return symbol + " " + n.incrementAndGet();
        }
    }

    private static ModelCost eur(String amount) {
        return new ModelCost(new BigDecimal(amount), EUR);
    }

    private Agent.Builder agent(ScriptedChatModel model) {
        return Agent.builder().name("desk").model(model).tools(Tools.from(new Quotes()));
    }

    @Test
    void theSessionsTokenBudgetSpansRuns() {
        ScriptedChatModel model = ScriptedChatModel.repeating(answer("fine"));
        Agent agent = Agent.builder().name("chat").model(model).sessionBudget(Budget.unlimited().withMaxTokens(40))
                .build();

        RunRecord first = agent.run("s1", "one");
        RunRecord second = agent.run("s1", "two");
        RunRecord third = agent.run("s1", "three");
        RunRecord otherSession = agent.run("s2", "one");

        assertThat(first.completed()).isTrue();
        assertThat(second.completed()).isTrue();
        assertThat(third.stopReason()).isEqualTo(StopReason.BUDGET_EXCEEDED);
        assertThat(third.error()).contains("session's token budget of 40");
        assertThat(model.requests()).hasSize(3);
        assertThat(otherSession.completed()).isTrue();
    }

    @Test
    void theSessionsMoneyBudgetIsKeptInTheStoreAcrossAgentInstances() {
        InMemoryConversationStore store = new InMemoryConversationStore();
        Budget budget = Budget.unlimited().withMaxCost(eur("0.03"));
        ScriptedChatModel model = ScriptedChatModel.repeating(answer("fine"));

        RunRecord first = agent(model).memory(StoredConversationMemory.of(store, dev.praxis.memory.HistoryPolicy.lastMessages(20))).sessionBudget(budget)
                .pricing(call -> eur("0.02")).build().run("s1", "one");
        RunRecord second = agent(model).memory(StoredConversationMemory.of(store, dev.praxis.memory.HistoryPolicy.lastMessages(20))).sessionBudget(budget)
                .pricing(call -> eur("0.02")).build().run("s1", "two");
        RunRecord third = agent(model).memory(StoredConversationMemory.of(store, dev.praxis.memory.HistoryPolicy.lastMessages(20))).sessionBudget(budget)
                .pricing(call -> eur("0.02")).build().run("s1", "three");

        assertThat(first.completed()).isTrue();
        assertThat(second.stopReason()).isEqualTo(StopReason.BUDGET_EXCEEDED);
        assertThat(second.error()).contains("session's money budget of 0.03 EUR");
        assertThat(third.stopReason()).isEqualTo(StopReason.BUDGET_EXCEEDED);
        assertThat(model.requests()).hasSize(2);
    }

    @Test
    void theSessionsTimeBudgetStopsTheNextModelCall() throws Exception {
        ScriptedChatModel model = ScriptedChatModel.answering(request -> {
            try {
                Thread.sleep(60);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return answer("slow");
        });
        Agent agent = agent(model).sessionBudget(Budget.unlimited().withMaxTime(Duration.ofMillis(50))).build();

        RunRecord first = agent.run("s1", "one");
        RunRecord second = agent.run("s1", "two");

        assertThat(first.completed()).isTrue();
        assertThat(second.stopReason()).isEqualTo(StopReason.BUDGET_EXCEEDED);
        assertThat(second.error()).contains("session's time budget");
        assertThat(model.requests()).hasSize(1);
    }

    @Test
    void theSummarisersCallsCountInTheRunThatMadeThem() {
        ScriptedChatModel summariser = ScriptedChatModel.repeating(answer("The user said hello several times."));
        StoredConversationMemory memory = StoredConversationMemory.of(new InMemoryConversationStore(),
                dev.praxis.memory.HistoryPolicy.summarizing(summariser, 2));
        Agent agent = Agent.builder().name("chat").model(ScriptedChatModel.repeating(answer("hi"))).memory(memory)
                .build();

        agent.run("s1", "hello");
        agent.run("s1", "hello again");
        RunRecord third = agent.run("s1", "and again");

        assertThat(summariser.requests()).hasSize(1);
        assertThat(third.modelCalls()).extracting(ModelCallRecord::agent).containsExactly("chat/memory", "chat");
        assertThat(third.usage().totalTokens()).isEqualTo(30);
    }

    @Test
    void aMoneyBudgetInAnotherCurrencyThanThePricesIsAnInternalError() {
        ScriptedChatModel model = ScriptedChatModel.of(toolCall("quote", "{\"symbol\":\"X\"}"), answer("x"));

        RunRecord record = agent(model).pricing(call -> new ModelCost(BigDecimal.ONE, Currency.getInstance("USD")))
                .limits(Limits.defaults().withMaxCost(eur("5"))).build().run("s1", "x");

        assertThat(record.stopReason()).isEqualTo(StopReason.INTERNAL_ERROR);
        assertThat(record.error()).contains("budget is in EUR but calls are priced in USD");
    }

    @Test
    void stepsThatLearnNothingNewEndTheRunAfterANudge() {
        AtomicInteger step = new AtomicInteger();
        ScriptedChatModel model = ScriptedChatModel.answering(request ->
                toolCall("quote", step.getAndIncrement() % 2 == 0 ? "{\"symbol\":\"A\"}" : "{\"symbol\" : \"A\" }"));

        RunRecord record = Agent.builder().name("desk").model(model).tools(Tools.from(new Object() {
            @ToolFunction(description = "A constant quote")
            public String quote(@Param("Symbol") String symbol) {
                return symbol + " 42";
            }
        })).build().run("s1", "quote A");

        assertThat(record.stopReason()).isEqualTo(StopReason.NO_PROGRESS);
        assertThat(record.toolCalls()).hasSize(3);
        assertThat(record.toolCalls().get(1).result().path("note").asText()).contains("same arguments");
        assertThat(record.toolCalls().get(2).error()).contains("not run");
    }
}
