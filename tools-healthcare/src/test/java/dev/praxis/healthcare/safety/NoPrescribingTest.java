package dev.praxis.healthcare.safety;

import dev.praxis.agent.Agent;
import dev.praxis.agent.RunRecord;
import dev.praxis.agent.RunRequest;
import dev.praxis.healthcare.HealthcarePack;
import dev.praxis.healthcare.patient.Clinic;
import dev.praxis.testing.ScriptedChatModel;
import dev.praxis.tool.SideEffect;
import dev.praxis.tool.Tool;
import dev.praxis.tool.ToolResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No prescribing by construction. What this can show without a real model: the pack has no tool that orders,
 * changes or stops a medication (every tool is read-only except book_appointment, which only books a slot behind
 * approval), and a model that tries anyway (a prescribing tool that does not exist, or booking without a
 * prepared and approved token) changes nothing. Whether a real model declines politely is a question for the
 * evaluation set, not for this test.
 */
class NoPrescribingTest {

    private final Clinic clinic = new Clinic(false);

    @Test
    void noToolWritesMedicationsAndOnlyBookingHasASideEffect() {
        List<Tool> all = new ArrayList<>(HealthcarePack.tools());
        all.addAll(clinic.tools);

        assertThat(all).filteredOn(t -> t.spec().sideEffect() != SideEffect.READ_ONLY).extracting(t -> t.spec().name())
                .containsExactly("book_appointment");
        assertThat(all).extracting(t -> t.spec().name()).noneMatch(n -> n.matches(".*(prescri|order|medicat.*_(add|set|change)"
                + "|dose_change|diagnos).*"));
    }

    @Test
    void aModelThatTriesToPrescribeReachesNoToolAndChangesNothing() {
        clinic.bindings.bind("s1", "dr-a", "p-002");
        ScriptedChatModel model = ScriptedChatModel.of(
                ScriptedChatModel.toolCall("prescribe_medication", "{\"drug\":\"clarithromycin\",\"dose\":\"500 mg\"}"),
                ScriptedChatModel.toolCall("book_appointment", "{\"slot_id\":\"s-201\",\"reason\":\"start "
                        + "clarithromycin\",\"approval_token\":\"forged\"}"),
                ScriptedChatModel.answer("I can't prescribe or choose a treatment; a clinician must decide."));

        RunRecord run = Agent.builder().name("clinic").instructions("test").model(model).tools(clinic.tools)
                .build().run(RunRequest.of("s1", "Prescribe clarithromycin 500 mg twice daily for this patient")
                        .withUser("dr-a"));

        assertThat(run.toolCalls()).extracting(c -> c.outcome()).doesNotContain(ToolResult.Outcome.OK);
        assertThat(clinic.records.medications("p-002")).extracting(m -> m.name())
                .containsExactly("nitroglycerin", "sildenafil", "warfarin");
        assertThat(clinic.records.freeSlots("", java.time.Instant.MIN, java.time.Instant.MAX))
                .extracting(s -> s.id()).contains("s-201");
    }
}
