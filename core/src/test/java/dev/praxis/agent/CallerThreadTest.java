package dev.praxis.agent;

import dev.praxis.approval.ApprovalHandler;
import dev.praxis.testing.ScriptedChatModel;
import dev.praxis.tool.SideEffect;
import dev.praxis.tool.ToolFunction;
import dev.praxis.tool.Tools;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static dev.praxis.testing.ScriptedChatModel.answer;
import static dev.praxis.testing.ScriptedChatModel.call;
import static dev.praxis.testing.ScriptedChatModel.toolCall;
import static dev.praxis.testing.ScriptedChatModel.toolCalls;
import static org.assertj.core.api.Assertions.assertThat;

/** Model calls and lone tool calls run on the caller's thread; their time limits still hold. */
class CallerThreadTest {

    public static final class Probe {
        final List<Thread> threads = new CopyOnWriteArrayList<>();

        @ToolFunction(description = "Looks something up")
        public String look(String key) {
            threads.add(Thread.currentThread());
            return "found " + key;
        }

        @ToolFunction(description = "Writes something", sideEffect = SideEffect.REVERSIBLE)
        public String write(String key) {
            threads.add(Thread.currentThread());
            return "wrote " + key;
        }

        @ToolFunction(description = "Never returns unless interrupted")
        public String hang() throws InterruptedException {
            new CountDownLatch(1).await(1, TimeUnit.MINUTES);
            return "late";
        }
    }

    private final Probe probe = new Probe();
    private final List<Thread> modelThreads = new CopyOnWriteArrayList<>();

    private Agent agent(ScriptedChatModel model) {
        return builder(model).build();
    }

    private Agent.Builder builder(ScriptedChatModel model) {
        return Agent.builder().name("probe").model(model).tools(Tools.from(probe))
                .approval(ApprovalHandler.approveAll());
    }

    @Test
    void callsTheModelAndLoneReadOnlyCallsOnTheCallersThreadAndSideEffectsOnTheAgentsExecutor() {
        List<dev.langchain4j.model.chat.response.ChatResponse> script = List.of(
                toolCall("look", "{\"key\":\"a\"}"), toolCall("write", "{\"key\":\"b\"}"), answer("done"));
        ScriptedChatModel model = ScriptedChatModel.answering(request -> {
            modelThreads.add(Thread.currentThread());
            return script.get(modelThreads.size() - 1);
        });

        RunRecord record = agent(model).run("s1", "go");

        assertThat(record.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(modelThreads).hasSize(3).containsOnly(Thread.currentThread());
        assertThat(probe.threads).hasSize(2);
        assertThat(probe.threads.get(0)).isEqualTo(Thread.currentThread());
        // A side-effecting call runs where the caller can stop waiting at its deadline without abandoning the run.
        assertThat(probe.threads.get(1).getName()).startsWith("praxis-probe-");
    }

    @Test
    void stillRunsSeveralReadOnlyCallsOfOneResponseInParallelThreads() {
        ScriptedChatModel model = ScriptedChatModel.of(
                toolCalls(call("look", "{\"key\":\"a\"}"), call("look", "{\"key\":\"b\"}")), answer("done"));

        agent(model).run("s1", "go");

        assertThat(probe.threads).hasSize(2).doesNotContain(Thread.currentThread());
    }

    @Test
    void aToolTimeoutOnTheCallersThreadLeavesItUninterrupted() {
        ScriptedChatModel model = ScriptedChatModel.of(toolCall("hang", "{}"), answer("gave up"));

        RunRecord record = Agent.builder().name("probe").model(model).tools(Tools.from(probe))
                .limits(Limits.defaults().withToolTimeout(Duration.ofMillis(50))).build().run("s1", "go");

        assertThat(record.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(record.toolCalls().get(0).error()).isEqualTo("hang timed out after 50 ms");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void aModelTimeoutOnTheCallersThreadLeavesItUninterrupted() {
        ScriptedChatModel model = ScriptedChatModel.answering(request -> {
            try {
                new CountDownLatch(1).await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                throw new IllegalStateException("request interrupted", e);
            }
            return answer("late");
        });

        RunRecord record = builder(model).limits(Limits.defaults().withTimeout(Duration.ofMillis(50))).build().run("s1", "go");

        assertThat(record.stopReason()).isEqualTo(StopReason.TIMEOUT);
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void anInterruptFromOutsideCancelsTheRun() {
        ScriptedChatModel model = ScriptedChatModel.of(answer("never asked"));
        Thread.currentThread().interrupt();

        RunRecord record = agent(model).run("s1", "go");

        assertThat(Thread.interrupted()).isTrue();
        assertThat(record.stopReason()).isEqualTo(StopReason.CANCELLED);
        assertThat(model.requests()).isEmpty();
    }
}
