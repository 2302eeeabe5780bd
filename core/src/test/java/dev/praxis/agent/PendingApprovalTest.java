package dev.praxis.agent;

import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.praxis.approval.ApprovalDecision;
import dev.praxis.approval.ApprovalHandler;
import dev.praxis.approval.ApprovalSummary;
import dev.praxis.approval.PendingApproval;
import dev.praxis.memory.HistoryPolicy;
import dev.praxis.memory.StoredConversationMemory;
import dev.praxis.memory.store.JdbcConversationStore;
import dev.praxis.testing.MutableClock;
import dev.praxis.testing.ScriptedChatModel;
import dev.praxis.tool.Param;
import dev.praxis.tool.SideEffect;
import dev.praxis.tool.ToolFunction;
import dev.praxis.tool.ToolResult;
import dev.praxis.tool.Tools;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static dev.praxis.testing.ScriptedChatModel.answer;
import static dev.praxis.testing.ScriptedChatModel.toolCall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A run that stops for a person's approval, decided later by another agent instance over the same database (as
 * another process would), hours later: runs exactly once with what was approved, never twice, never after expiry.
 */
class PendingApprovalTest {

    public static final class Payments {
        final List<String> sent = new CopyOnWriteArrayList<>();

        @ToolFunction(description = "Sends money", sideEffect = SideEffect.IRREVERSIBLE, summary = "describe")
        public String transfer(@Param("Payee") String to, @Param(value = "Amount in EUR", min = "0.01") BigDecimal amount) {
            sent.add(to + " " + amount);
            return "sent " + amount + " EUR to " + to;
        }

        public ApprovalSummary describe(String to, BigDecimal amount) {
            return ApprovalSummary.of("Send " + amount + " EUR to " + to);
        }
    }

    private final Payments payments = new Payments();
    private final MutableClock clock = MutableClock.at("2026-12-01T09:00:00Z");
    private final JdbcDataSource database = new JdbcDataSource();

    PendingApprovalTest() {
        database.setURL("jdbc:h2:mem:pending-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    }

    /** A new agent over the shared database: what another process would build. */
    private Agent instance(ScriptedChatModel model, ApprovalHandler approval) {
        return Agent.builder().name("payments").model(model).tools(Tools.from(payments)).approval(approval)
                .memory(StoredConversationMemory.of(JdbcConversationStore.create(database), HistoryPolicy.lastMessages(40)))
                .clock(clock).approvalTtl(Duration.ofHours(24)).build();
    }

    private RunRecord askToPay() {
        ScriptedChatModel model = ScriptedChatModel.of(toolCall("transfer", "{\"to\":\"ACME\",\"amount\":120.50}"));
        return instance(model, ApprovalHandler.deferIrreversible()).run("s1", "pay ACME 120.50");
    }

    @Test
    void aDeferredCallEndsTheRunAwaitingApprovalWithNothingDone() {
        RunRecord record = askToPay();

        assertThat(record.stopReason()).isEqualTo(StopReason.AWAITING_APPROVAL);
        assertThat(payments.sent).isEmpty();
        PendingApproval pending = record.pendingApproval().orElseThrow();
        assertThat(pending.request().summary().title()).isEqualTo("Send 120.50 EUR to ACME");
        assertThat(pending.status()).isEqualTo(PendingApproval.Status.PENDING);
        assertThat(pending.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));
        assertThat(record.toJson()).contains("\"pending_approval\"").contains(pending.id());
        assertThat(instance(ScriptedChatModel.of(answer("x")), ApprovalHandler.denyAll()).approvals("s1"))
                .extracting(PendingApproval::id).containsExactly(pending.id());
    }

    @Test
    void anotherInstanceApprovesHoursLaterAndTheCallRunsOnceWithTheApprovedArguments() {
        String id = askToPay().pendingApproval().orElseThrow().id();
        clock.advance(Duration.ofHours(3));
        ScriptedChatModel later = ScriptedChatModel.of(answer("Sent 120.50 EUR to ACME."));
        Agent other = instance(later, ApprovalHandler.denyAll());

        RunRecord resumed = other.decide("s1", id, ApprovalDecision.approve("approved by jane"));

        assertThat(resumed.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(payments.sent).containsExactly("ACME 120.50");
        assertThat(resumed.toolCalls()).singleElement().satisfies(call -> {
            assertThat(call.id()).isEqualTo(id);
            assertThat(call.outcome()).isEqualTo(ToolResult.Outcome.OK);
        });
        assertThat(later.lastRequest().messages()).filteredOn(ToolExecutionResultMessage.class::isInstance)
                .extracting(m -> ((ToolExecutionResultMessage) m).text()).last().asString().contains("sent 120.50");
        assertThatThrownBy(() -> instance(ScriptedChatModel.of(answer("x")), ApprovalHandler.denyAll())
                .decide("s1", id, ApprovalDecision.approve("again")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already decided: APPROVED");
        assertThat(payments.sent).hasSize(1);
    }

    @Test
    void aDenialIsReportedToTheModelAndNothingRuns() {
        String id = askToPay().pendingApproval().orElseThrow().id();
        ScriptedChatModel later = ScriptedChatModel.of(answer("The payment was not approved."));

        RunRecord resumed = instance(later, ApprovalHandler.denyAll()).decide("s1", id,
                ApprovalDecision.deny("amount too high"));

        assertThat(payments.sent).isEmpty();
        assertThat(resumed.toolCalls().get(0).outcome()).isEqualTo(ToolResult.Outcome.DENIED);
        assertThat(resumed.toolCalls().get(0).error()).contains("amount too high");
        assertThat(resumed.answer()).isEqualTo("The payment was not approved.");
    }

    @Test
    void anExpiredApprovalCanNoLongerBeGranted() {
        String id = askToPay().pendingApproval().orElseThrow().id();
        clock.advance(Duration.ofHours(24));
        Agent other = instance(ScriptedChatModel.of(answer("x")), ApprovalHandler.denyAll());

        assertThatThrownBy(() -> other.decide("s1", id, ApprovalDecision.approve("too late")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("expired");
        assertThat(payments.sent).isEmpty();
        assertThat(other.approvals("s1")).singleElement().extracting(PendingApproval::status)
                .isEqualTo(PendingApproval.Status.EXPIRED);
    }

    @Test
    void anUnknownApprovalIdIsRefused() {
        askToPay();

        assertThatThrownBy(() -> instance(ScriptedChatModel.of(answer("x")), ApprovalHandler.denyAll())
                .decide("s1", "ap_nope", ApprovalDecision.approve("?")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no approval ap_nope");
    }
}
