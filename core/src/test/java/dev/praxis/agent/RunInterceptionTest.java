package dev.praxis.agent;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.praxis.testing.ScriptedChatModel;
import dev.praxis.tool.Param;
import dev.praxis.tool.ToolFunction;
import dev.praxis.tool.ToolResult;
import dev.praxis.tool.Tools;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static dev.praxis.testing.ScriptedChatModel.answer;
import static dev.praxis.testing.ScriptedChatModel.call;
import static dev.praxis.testing.ScriptedChatModel.toolCall;
import static dev.praxis.testing.ScriptedChatModel.toolCalls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link Interceptor#interceptRun} and the {@link Turn} every chain carries: what a tracer needs from core. */
class RunInterceptionTest {

    public static final class Quotes {
        @ToolFunction(description = "Reads a price")
        public String price(@Param("Symbol") String symbol) {
            return symbol + ": 10.00 EUR";
        }
    }

    /** Records what it sees, with the thread it saw it on. */
    static final class Recorder implements Interceptor {
        final List<String> seen = new CopyOnWriteArrayList<>();
        final List<Turn> runTurns = new CopyOnWriteArrayList<>();
        final List<Turn> modelTurns = new CopyOnWriteArrayList<>();
        final Map<String, Turn> toolTurns = new ConcurrentHashMap<>();
        final Map<String, String> toolThreads = new ConcurrentHashMap<>();

        @Override
        public StopReason interceptRun(RunChain chain) {
            seen.add("run " + chain.turn().agent() + " on " + Thread.currentThread().getName());
            runTurns.add(chain.turn());
            StopReason reason = chain.proceed();
            seen.add("end " + chain.turn().agent() + " " + reason);
            return reason;
        }

        @Override
        public ChatResponse interceptModel(ModelChain chain) {
            seen.add("model " + chain.turn().agent() + " on " + Thread.currentThread().getName());
            modelTurns.add(chain.turn());
            return chain.proceed(chain.request());
        }

        @Override
        public ToolResult interceptTool(ToolChain chain) throws InterruptedException {
            toolTurns.put(chain.call().id(), chain.turn());
            toolThreads.put(chain.call().id(), Thread.currentThread().getName());
            return chain.proceed(chain.call());
        }
    }

    @Test
    void interceptRunWrapsTheWholeTurnOnTheCallersThread() {
        Recorder recorder = new Recorder();
        ScriptedChatModel model = ScriptedChatModel.of(toolCall("price", "{\"symbol\":\"ACME\"}"), answer("10 EUR."));
        Agent agent = Agent.builder().name("quotes").model(model).tools(Tools.from(new Quotes()))
                .interceptor(recorder).build();
        String thread = Thread.currentThread().getName();

        RunRecord record = agent.run("s1", "price of ACME?");

        assertThat(recorder.seen).containsExactly("run quotes on " + thread, "model quotes on " + thread,
                "model quotes on " + thread, "end quotes COMPLETED");
        assertThat(recorder.toolTurns.values()).containsExactly(Turn.of(record.runId(), "quotes"));
    }

    @Test
    void parallelToolCallsKnowTheirTurnOnPoolThreads() {
        Recorder recorder = new Recorder();
        ScriptedChatModel model = ScriptedChatModel.of(toolCalls(call("price", "{\"symbol\":\"A\"}"),
                call("price", "{\"symbol\":\"B\"}")), answer("Both 10 EUR."));
        Agent agent = Agent.builder().name("quotes").model(model).tools(Tools.from(new Quotes()))
                .interceptor(recorder).build();

        RunRecord record = agent.run("s1", "prices of A and B?");

        assertThat(recorder.toolThreads.values()).hasSize(2)
                .allSatisfy(name -> assertThat(name).startsWith("praxis-quotes-"));
        assertThat(recorder.toolTurns.values()).containsOnly(Turn.of(record.runId(), "quotes"));
    }

    @Test
    void aDelegatedTurnNamesTheSpecialistAndTheToolCallThatStartedIt() {
        Recorder inner = new Recorder();
        Agent analyst = Agent.builder().name("analyst").model(ScriptedChatModel.of(answer("Buy."))).interceptor(inner)
                .build();
        Recorder outer = new Recorder();
        ScriptedChatModel model = ScriptedChatModel.of(toolCall("ask_analyst", "{\"request\":\"ACME?\"}"),
                answer("The analyst says buy."));
        Agent router = Agent.builder().name("router").model(model)
                .tools(List.of(analyst.asTool("ask_analyst", "Asks the analyst"))).interceptor(outer).build();

        RunRecord record = router.run("s1", "should I buy ACME?");

        String callId = outer.toolTurns.keySet().iterator().next();
        Turn root = Turn.of(record.runId(), "router");
        assertThat(inner.seen).first().asString().startsWith("run analyst");
        assertThat(inner.seen).last().isEqualTo("end analyst COMPLETED");
        Turn delegated = root.delegate(callId, "analyst");
        assertThat(inner.runTurns).containsExactly(delegated);
        assertThat(inner.modelTurns).containsExactly(delegated);
        assertThat(outer.runTurns).containsExactly(root);
        assertThat(delegated.caller()).contains(root);
        assertThat(delegated.callId()).isEqualTo(Optional.of(callId));
        assertThat(delegated.id()).isEqualTo(record.runId() + "/" + callId);
        assertThat(outer.seen).containsExactly("run router on " + Thread.currentThread().getName(),
                "model router on " + Thread.currentThread().getName(),
                "model router on " + Thread.currentThread().getName(), "end router COMPLETED");
    }

    @Test
    void aRunInterceptorThatNeverProceedsIsRefusedAsABug() {
        Interceptor skipping = new Interceptor() {
            @Override
            public StopReason interceptRun(RunChain chain) {
                return StopReason.COMPLETED;
            }

            @Override
            public String toString() {
                return "skipping";
            }
        };
        Agent agent = Agent.builder().name("quotes").model(ScriptedChatModel.of(answer("hi")))
                .interceptor(skipping).build();

        assertThatThrownBy(() -> agent.run("s1", "hello")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("skipping").hasMessageContaining("without calling proceed");
    }

    @Test
    void aDelegatedTurnNeedsBothItsCallerAndItsCallId() {
        assertThatThrownBy(() -> new Turn("t", "a", Optional.of(Turn.of("r", "b")), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("callId=none");
    }
}
