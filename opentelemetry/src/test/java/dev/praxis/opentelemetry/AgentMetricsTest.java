package dev.praxis.opentelemetry;

import dev.praxis.agent.Agent;
import dev.praxis.approval.ApprovalDecision;
import dev.praxis.approval.ApprovalHandler;
import dev.praxis.model.ModelCost;
import dev.praxis.testing.ScriptedChatModel;
import dev.praxis.tool.Param;
import dev.praxis.tool.SideEffect;
import dev.praxis.tool.ToolFunction;
import dev.praxis.tool.Tools;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Currency;

import static dev.praxis.opentelemetry.InMemoryTelemetry.points;
import static dev.praxis.testing.ScriptedChatModel.answer;
import static dev.praxis.testing.ScriptedChatModel.call;
import static dev.praxis.testing.ScriptedChatModel.toolCall;
import static dev.praxis.testing.ScriptedChatModel.toolCalls;
import static org.assertj.core.api.Assertions.assertThat;

/** The metrics of real runs, read from the SDK's in-memory metric reader. */
class AgentMetricsTest {

    private final InMemoryTelemetry otel = new InMemoryTelemetry();

    @AfterEach
    void close() {
        otel.close();
    }

    public static final class Bank {
        @ToolFunction(description = "Reads the balance")
        public String balance(@Param("Account") String account) {
            return account + ": 100.00 EUR";
        }

        @ToolFunction(description = "Sends money", sideEffect = SideEffect.IRREVERSIBLE)
        public String transfer(@Param("To") String to, @Param(value = "Amount", min = "0.01") BigDecimal amount) {
            return "sent " + amount + " to " + to;
        }
    }

    private Agent bank(PraxisTelemetry telemetry, ScriptedChatModel model, ApprovalHandler approval) {
        return Agent.builder().name("bank").model(model).tools(Tools.from(new Bank())).approval(approval)
                .interceptor(telemetry.interceptor()).listener(telemetry.listener()).build();
    }

    @Test
    void runsModelCallsTokensAndToolCallsAreCountedByTheirLabels() {
        PraxisTelemetry telemetry = PraxisTelemetry.builder(otel.api()).requestModel("qwen3:8b").build();
        ScriptedChatModel model = ScriptedChatModel.of(toolCalls(call("balance", "{\"account\":\"A1\"}"),
                call("nosuchtool", "{}")), answer("100 EUR."));

        bank(telemetry, model, ApprovalHandler.approveAll()).run("s1", "balance of A1?");

        Collection<MetricData> metrics = otel.collect();
        assertThat(points(metrics, "praxis.runs")).containsExactly(
                "{gen_ai.agent.name=bank, praxis.delegated=false, praxis.stop_reason=COMPLETED}=1");
        assertThat(points(metrics, "gen_ai.client.operation.duration")).containsExactly(
                "{gen_ai.operation.name=chat, gen_ai.request.model=qwen3:8b} count=2");
        // ScriptedChatModel reports 10 input and 5 output tokens per call.
        assertThat(points(metrics, "gen_ai.client.token.usage")).containsExactly(
                "{gen_ai.operation.name=chat, gen_ai.request.model=qwen3:8b, gen_ai.token.type=input} count=2",
                "{gen_ai.operation.name=chat, gen_ai.request.model=qwen3:8b, gen_ai.token.type=output} count=2");
        assertThat(metrics).filteredOn(m -> m.getName().equals("gen_ai.client.token.usage"))
                .flatExtracting(m -> m.getHistogramData().getPoints()).extracting(p -> p.getSum())
                .containsExactlyInAnyOrder(20.0, 10.0);
        // The unknown tool is refused before the interceptor chain, so only the balance call is measured.
        assertThat(points(metrics, "praxis.tool.duration")).containsExactly(
                "{gen_ai.tool.name=balance, praxis.tool.outcome=ok} count=1");
        assertThat(points(metrics, "praxis.runs")).hasSize(1);
    }

    @Test
    void approvalsAreCountedByDecisionAndMarkedOnTheToolSpan() {
        PraxisTelemetry telemetry = PraxisTelemetry.builder(otel.api()).build();
        ScriptedChatModel approved = ScriptedChatModel.of(toolCall("transfer", "{\"to\":\"Bob\",\"amount\":5}"),
                answer("Sent."));
        ScriptedChatModel denied = ScriptedChatModel.of(toolCall("transfer", "{\"to\":\"Eve\",\"amount\":9}"),
                answer("Not sent."));

        bank(telemetry, approved, ApprovalHandler.approveAll()).run("s1", "send Bob 5");
        bank(telemetry, denied, request -> ApprovalDecision.deny("Eve is not a payee")).run("s2", "send Eve 9");

        assertThat(points(otel.collect(), "praxis.approvals")).containsExactly(
                "{gen_ai.tool.name=transfer, praxis.approval.decision=approved}=1",
                "{gen_ai.tool.name=transfer, praxis.approval.decision=denied}=1");
        assertThat(otel.finishedSpans()).filteredOn(s -> s.getName().equals("execute_tool transfer"))
                .extracting(AgentMetricsTest::decisionEvent).containsExactlyInAnyOrder("approved", "denied");
        assertThat(points(otel.collect(), "praxis.tool.duration")).containsExactly(
                "{gen_ai.tool.name=transfer, praxis.tool.outcome=denied} count=1",
                "{gen_ai.tool.name=transfer, praxis.tool.outcome=ok} count=1");
    }

    @Test
    void theRunsCostIsOnItsSpanAndCountedByCurrency() {
        PraxisTelemetry telemetry = PraxisTelemetry.builder(otel.api()).build();
        ScriptedChatModel model = ScriptedChatModel.of(toolCall("balance", "{\"account\":\"A1\"}"), answer("100."));
        Agent agent = Agent.builder().name("bank").model(model).tools(Tools.from(new Bank()))
                .pricing(call -> new ModelCost(new BigDecimal("0.0125"), Currency.getInstance("EUR")))
                .interceptor(telemetry.interceptor()).build();

        agent.run("s1", "balance?");

        SpanData run = otel.span("invoke_agent bank");
        assertThat(run.getAttributes().get(GenAi.COST_AMOUNT)).isEqualTo("0.0250");
        assertThat(run.getAttributes().get(GenAi.COST_CURRENCY)).isEqualTo("EUR");
        assertThat(otel.collect()).filteredOn(m -> m.getName().equals("praxis.cost"))
                .flatExtracting(m -> m.getDoubleSumData().getPoints())
                .extracting(p -> p.getValue(), p -> p.getAttributes().get(GenAi.COST_CURRENCY))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0.025, "EUR"));
    }

    private static String decisionEvent(SpanData span) {
        return span.getEvents().stream().filter(e -> e.getName().equals("praxis.approval"))
                .map(e -> e.getAttributes().get(GenAi.DECISION)).findFirst().orElse("none");
    }
}
