package dev.praxis.micrometer;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import dev.praxis.agent.Agent;
import dev.praxis.agent.RunRecord;
import dev.praxis.agent.StopReason;
import dev.praxis.testing.ScriptedChatModel;
import dev.praxis.tool.Param;
import dev.praxis.tool.ToolException;
import dev.praxis.tool.ToolFunction;
import dev.praxis.tool.Tools;
import io.micrometer.observation.Observation;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static dev.praxis.testing.ScriptedChatModel.answer;
import static dev.praxis.testing.ScriptedChatModel.call;
import static dev.praxis.testing.ScriptedChatModel.toolCalls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The observations of real runs (scripted model, real tools) on Micrometer's test registry. */
class PraxisObservationsTest {

    private final TestObservationRegistry registry = TestObservationRegistry.create();

    /** Prices look-ups that wait for each other, so two of them overlap on two pool threads. */
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

    static ChatResponse served(AiMessage message, FinishReason finish) {
        return ChatResponse.builder().aiMessage(message).modelName("qwen3:8b-q4_K_M")
                .tokenUsage(new TokenUsage(120, 30)).finishReason(finish).build();
    }

    private List<Observation.Context> contexts() {
        List<Observation.Context> all = new ArrayList<>();
        TestObservationRegistryAssert.assertThat(registry).hasHandledContextsThatSatisfy(all::addAll);
        return all;
    }

    private Observation.Context only(String name, String key, String value) {
        List<Observation.Context> found = contexts().stream().filter(c -> c.getName().equals(name))
                .filter(c -> c.getLowCardinalityKeyValue(key) != null
                        && c.getLowCardinalityKeyValue(key).getValue().equals(value)).toList();
        assertThat(found).as(name + " with " + key + "=" + value).hasSize(1);
        return found.get(0);
    }

    private static Observation.ContextView parentOf(Observation.Context context) {
        assertThat(context.getParentObservation()).as(context.getContextualName() + "'s parent").isNotNull();
        return context.getParentObservation().getContextView();
    }

    @Test
    void aRunWithAToolCallIsARunObservationOverItsModelAndToolCalls() {
        Quotes quotes = new Quotes();
        ScriptedChatModel model = ScriptedChatModel.of(
                served(AiMessage.from(List.of(ToolExecutionRequest.builder().id("call_1").name("halt")
                        .arguments("{\"symbol\":\"ACME\"}").build())), FinishReason.TOOL_EXECUTION),
                served(AiMessage.from("It cannot be halted."), FinishReason.STOP));
        Agent agent = Agent.builder().name("desk").model(model).tools(Tools.from(quotes))
                .interceptor(PraxisObservations.interceptor(registry, "qwen3:8b")).build();

        RunRecord record = agent.run("session-7", "halt ACME");

        assertThat(record.stopReason()).isEqualTo(StopReason.COMPLETED);
        TestObservationRegistryAssert.assertThat(registry)
                .hasNumberOfObservationsWithNameEqualTo(PraxisObservations.RUN, 1)
                .hasNumberOfObservationsWithNameEqualTo(PraxisObservations.MODEL_CALL, 2)
                .hasNumberOfObservationsWithNameEqualTo(PraxisObservations.TOOL_CALL, 1)
                .hasObservationWithNameEqualTo(PraxisObservations.RUN).that()
                .hasContextualNameEqualTo("invoke_agent desk").hasBeenStarted().hasBeenStopped()
                .hasLowCardinalityKeyValue("agent", "desk").hasLowCardinalityKeyValue("delegated", "false")
                .hasLowCardinalityKeyValue("stop.reason", "COMPLETED")
                .hasHighCardinalityKeyValue("praxis.run.id", record.runId())
                .hasHighCardinalityKeyValue("praxis.session.id", "session-7")
                .hasHighCardinalityKeyValue("tokens.input", "240").doesNotHaveParentObservation();
        TestObservationRegistryAssert.assertThat(registry)
                .hasObservationWithNameEqualTo(PraxisObservations.TOOL_CALL).that()
                .hasContextualNameEqualTo("execute_tool halt").hasBeenStopped()
                .hasLowCardinalityKeyValue("agent", "desk").hasLowCardinalityKeyValue("tool", "halt")
                .hasLowCardinalityKeyValue("outcome", "error").hasHighCardinalityKeyValue("tool.call.id", "call_1");
        TestObservationRegistryAssert.assertThat(registry)
                .forAllObservationsWithNameEqualTo(PraxisObservations.MODEL_CALL, call -> call
                        .hasContextualNameEqualTo("chat qwen3:8b")
                        .hasLowCardinalityKeyValue("agent", "desk").hasLowCardinalityKeyValue("model", "qwen3:8b")
                        .hasLowCardinalityKeyValue("outcome", "success")
                        .hasHighCardinalityKeyValue("response.model", "qwen3:8b-q4_K_M")
                        .hasHighCardinalityKeyValue("tokens.output", "30"));
        assertThat(contexts()).extracting(c -> c.getLowCardinalityKeyValue("finish.reason"))
                .filteredOn(java.util.Objects::nonNull).extracting(kv -> kv.getValue())
                .containsExactlyInAnyOrder("tool_execution", "stop");
        Observation.Context run = only(PraxisObservations.RUN, "agent", "desk");
        assertThat(contexts()).filteredOn(c -> c != run).allSatisfy(c -> assertThat(parentOf(c)).isSameAs(run));
    }

    @Test
    void parallelToolCallsOnPoolThreadsAreChildrenOfTheRunObservation() {
        Quotes quotes = new Quotes();
        ScriptedChatModel model = ScriptedChatModel.of(toolCalls(call("price", "{\"symbol\":\"A\"}"),
                call("price", "{\"symbol\":\"B\"}")), answer("Both 10 EUR."));
        Agent agent = Agent.builder().name("quotes").model(model).tools(Tools.from(quotes))
                .interceptor(PraxisObservations.interceptor(registry)).build();

        agent.run("s1", "prices of A and B?");

        assertThat(quotes.threads).hasSize(2).allSatisfy(t -> assertThat(t).startsWith("praxis-quotes-"));
        Observation.Context run = only(PraxisObservations.RUN, "agent", "quotes");
        List<Observation.Context> tools = contexts().stream()
                .filter(c -> c.getName().equals(PraxisObservations.TOOL_CALL)).toList();
        assertThat(tools).hasSize(2).allSatisfy(tool -> {
            assertThat(parentOf(tool)).isSameAs(run);
            assertThat(tool.getLowCardinalityKeyValue("outcome").getValue()).isEqualTo("ok");
        });
        TestObservationRegistryAssert.assertThat(registry).forAllObservationsWithNameEqualTo(
                PraxisObservations.MODEL_CALL, call -> call.hasLowCardinalityKeyValue("model", "unknown")
                        .hasContextualNameEqualTo("chat"));
    }

    @Test
    void agentsUsedAsToolsInParallelRunUnderTheToolCallsThatCalledThem() {
        var interceptor = PraxisObservations.interceptor(registry, "qwen3:8b");
        Agent analyst = Agent.builder().name("analyst").model(ScriptedChatModel.of(answer("Buy.")))
                .interceptor(interceptor).build();
        Agent economist = Agent.builder().name("economist").model(ScriptedChatModel.of(answer("Rates fall.")))
                .interceptor(interceptor).build();
        ScriptedChatModel model = ScriptedChatModel.of(toolCalls(
                        call("ask_analyst", "{\"request\":\"ACME?\"}"), call("ask_economist", "{\"request\":\"rates?\"}")),
                answer("Buy ACME; rates fall."));
        Agent advisor = Agent.builder().name("advisor").model(model)
                .tools(List.of(analyst.asTool("ask_analyst", "Asks the analyst"),
                        economist.asTool("ask_economist", "Asks the economist")))
                .interceptor(interceptor).build();

        advisor.run("s1", "should I buy ACME?");

        Observation.Context outer = only(PraxisObservations.RUN, "agent", "advisor");
        assertThat(outer.getLowCardinalityKeyValue("delegated").getValue()).isEqualTo("false");
        for (String[] pair : new String[][]{{"ask_analyst", "analyst"}, {"ask_economist", "economist"}}) {
            Observation.Context tool = only(PraxisObservations.TOOL_CALL, "tool", pair[0]);
            Observation.Context inner = only(PraxisObservations.RUN, "agent", pair[1]);
            Observation.Context innerChat = only(PraxisObservations.MODEL_CALL, "agent", pair[1]);
            assertThat(parentOf(tool)).isSameAs(outer);
            assertThat(parentOf(inner)).as(pair[1]).isSameAs(tool);
            assertThat(parentOf(innerChat)).isSameAs(inner);
            assertThat(inner.getLowCardinalityKeyValue("delegated").getValue()).isEqualTo("true");
            assertThat(inner.getHighCardinalityKeyValue("praxis.run.id").getValue())
                    .isEqualTo(outer.getHighCardinalityKeyValue("praxis.run.id").getValue());
        }
    }

    @Test
    void aFailedModelCallIsAnErrorObservationAndTheRunStopsWithModelError() {
        IllegalStateException refused = new IllegalStateException("connection refused");
        ScriptedChatModel model = ScriptedChatModel.answering(request -> {
            throw refused;
        });
        Agent agent = Agent.builder().name("shop").model(model)
                .interceptor(PraxisObservations.interceptor(registry, "qwen3:8b")).build();

        RunRecord record = agent.run("s1", "hello");

        assertThat(record.stopReason()).isEqualTo(StopReason.MODEL_ERROR);
        TestObservationRegistryAssert.assertThat(registry)
                .hasObservationWithNameEqualTo(PraxisObservations.MODEL_CALL).that().hasBeenStopped()
                .hasLowCardinalityKeyValue("outcome", "error").hasLowCardinalityKeyValue("finish.reason", "none")
                .assertThatError().hasMessageContaining("connection refused");
        TestObservationRegistryAssert.assertThat(registry)
                .hasObservationWithNameEqualTo(PraxisObservations.RUN).that()
                .hasLowCardinalityKeyValue("stop.reason", "MODEL_ERROR");
    }

    @Test
    void refusesABlankRequestModel() {
        assertThatThrownBy(() -> PraxisObservations.interceptor(registry, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requestModel");
    }
}
