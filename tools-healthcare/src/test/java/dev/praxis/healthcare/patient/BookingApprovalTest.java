package dev.praxis.healthcare.patient;

import dev.praxis.agent.Agent;
import dev.praxis.agent.RunRecord;
import dev.praxis.agent.ToolCallRecord;
import dev.praxis.approval.ApprovalHandler;
import dev.praxis.json.PraxisJson;
import dev.praxis.testing.ScriptedChatModel;
import dev.praxis.tool.ToolResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * book_appointment is irreversible: prepare (a token for one slot, patient and reason) → the person approves →
 * book, once. Run through an agent with a scripted model, so the agent's approval gate is the one deciding.
 */
class BookingApprovalTest {

    private static final String SESSION = "s1";
    private static final Instant FROM = Instant.parse("2026-12-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2027-01-01T00:00:00Z");

    private final Clinic clinic = new Clinic(false);
    private String token;

    @BeforeEach
    void prepare() {
        clinic.bindings.bind(SESSION, "dr-a", "p-001");
        RunRecord prepared = agent(ApprovalHandler.denyAll(), ScriptedChatModel.of(
                ScriptedChatModel.toolCall("prepare_appointment", "{\"slot_id\":\"s-101\",\"reason\":\"CKD review\"}"),
                ScriptedChatModel.answer("Prepared; please approve."))).run(dev.praxis.agent.RunRequest
                .of(SESSION, "book the renal slot on 8 December").withUser("dr-a"));
        ToolCallRecord call = call(prepared, "prepare_appointment");
        assertThat(call.outcome()).isEqualTo(ToolResult.Outcome.OK);
        token = call.result().get("approval_token").asText();
        assertThat(freeSlotIds()).contains("s-101");
    }

    @Test
    void deniedApprovalBooksNothing() {
        RunRecord run = book(ApprovalHandler.denyAll(), token);

        assertThat(call(run, "book_appointment").outcome()).isEqualTo(ToolResult.Outcome.DENIED);
        assertThat(freeSlotIds()).contains("s-101");
    }

    @Test
    void approvedBookingBooksOnceAndAReplayedTokenIsRefused() {
        RunRecord first = book(ApprovalHandler.approveAll(), token);
        ToolCallRecord booked = call(first, "book_appointment");
        assertThat(booked.outcome()).isEqualTo(ToolResult.Outcome.OK);
        assertThat(booked.result().get("slot_id").asText()).isEqualTo("s-101");
        assertThat(booked.result().get("patient_id").asText()).isEqualTo("p-001");
        assertThat(freeSlotIds()).doesNotContain("s-101");

        RunRecord replay = book(ApprovalHandler.approveAll(), token);

        ToolCallRecord again = call(replay, "book_appointment");
        assertThat(again.outcome()).isEqualTo(ToolResult.Outcome.ERROR);
        assertThat(again.error()).containsIgnoringCase("used");
    }

    @Test
    void aTokenForOneSlotDoesNotBookAnother() {
        RunRecord run = agent(ApprovalHandler.approveAll(), ScriptedChatModel.of(
                ScriptedChatModel.toolCall("book_appointment", PraxisJson.write(Map.of("slot_id", "s-103",
                        "reason", "CKD review", "approval_token", token))),
                ScriptedChatModel.answer("done"))).run(dev.praxis.agent.RunRequest.of(SESSION, "book it")
                .withUser("dr-a"));

        assertThat(call(run, "book_appointment").outcome()).isNotEqualTo(ToolResult.Outcome.OK);
        assertThat(freeSlotIds()).contains("s-101", "s-103");
    }

    private RunRecord book(ApprovalHandler approval, String approvalToken) {
        return agent(approval, ScriptedChatModel.of(
                ScriptedChatModel.toolCall("book_appointment", PraxisJson.write(Map.of("slot_id", "s-101",
                        "reason", "CKD review", "approval_token", approvalToken))),
                ScriptedChatModel.answer("done"))).run(dev.praxis.agent.RunRequest.of(SESSION, "yes, book it")
                .withUser("dr-a"));
    }

    private Agent agent(ApprovalHandler approval, ScriptedChatModel model) {
        return Agent.builder().name("clinic").instructions("test").model(model).tools(clinic.tools)
                .approval(approval).build();
    }

    private java.util.List<String> freeSlotIds() {
        return clinic.records.freeSlots("", FROM, TO).stream().map(SlotEntry::id).toList();
    }

    private static ToolCallRecord call(RunRecord record, String tool) {
        return record.toolCalls().stream().filter(c -> c.name().equals(tool)).findFirst().orElseThrow();
    }
}
