package dev.praxis.healthcare.safety;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.praxis.agent.Agent;
import dev.praxis.agent.RunRecord;
import dev.praxis.agent.RunRequest;
import dev.praxis.event.AgentEvent;
import dev.praxis.event.Slf4jAgentListener;
import dev.praxis.healthcare.patient.Clinic;
import dev.praxis.healthcare.patient.PatientRecord;
import dev.praxis.json.PraxisJson;
import dev.praxis.testing.ScriptedChatModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agent runs over a synthetic patient with everything captured: SLF4J at DEBUG (core's Slf4jAgentListener, the
 * access log), every event, the run record as JSON. The user's message and the (scripted) model's answer both
 * name the patient on purpose. No name, birth date, identifier or address of any bundle patient may appear,
 * unless PHI disclosure is switched on, which the last test shows the capture would notice.
 */
class PhiRedactionTest {

    private static final String MESSAGE = "Summarise the chart of Testina Examplova, MRN SYN-100001, born 1958-03-14, "
            + "of 1 Nowhere Lane, and draft a referral to nephrology.";

    private final Logger root = (Logger) LoggerFactory.getLogger("dev.praxis");
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private Level level;

    @BeforeEach
    void captureLogs() {
        level = root.getLevel();
        root.setLevel(Level.DEBUG);
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void restoreLogs() {
        root.detachAppender(logs);
        root.setLevel(level);
    }

    @Test
    void namesIdentifiersBirthDatesAndAddressesNeverReachLogsEventsOrTheRunRecord() {
        Clinic clinic = new Clinic(false);
        List<AgentEvent> events = new CopyOnWriteArrayList<>();
        PhiGuard guard = new PhiGuard(clinic.redactor);
        Agent.Builder builder = Agent.builder().name("clinic").instructions("test").model(chartReadingModel())
                .tools(clinic.tools).interceptor(guard.interceptor())
                .listener(guard.listener(new Slf4jAgentListener())).listener(guard.listener(events::add));
        clinic.redactor.terms().forEach(builder::secret);
        clinic.bindings.bind("s1", "dr-a", "p-001");

        RunRecord record = builder.build().run(RunRequest.of("s1", MESSAGE).withUser("dr-a"));

        String captured = capture(record, events);
        assertThat(record.toolCalls()).hasSize(4).allSatisfy(c -> assertThat(c.error()).isNull());
        assertThat(captured).contains("metformin").contains("p-001").contains(PhiRedactor.MASK);
        for (PatientRecord patient : clinic.records.knownPatients()) {
            for (String term : patient.phiTerms()) {
                assertThat(captured).as("PHI term %s", term).doesNotContainIgnoringCase(term);
            }
        }
    }

    @Test
    void disclosureOnShowsTheNameWhichTheCaptureWouldCatch() {
        Clinic clinic = new Clinic(true);
        clinic.bindings.bind("s1", "dr-a", "p-001");
        List<AgentEvent> events = new CopyOnWriteArrayList<>();

        RunRecord record = Agent.builder().name("clinic").instructions("test").model(chartReadingModel())
                .tools(clinic.tools).listener(new Slf4jAgentListener()).listener(events::add).build()
                .run(RunRequest.of("s1", MESSAGE).withUser("dr-a"));

        assertThat(capture(record, events)).contains("Testina Examplova").contains("SYN-100001")
                .contains("1958-03-14");
    }

    @Test
    void withoutTheGuardTheWordsOfUserAndModelWouldLeakEvenWithDisclosureOff() {
        Clinic clinic = new Clinic(false);
        clinic.bindings.bind("s1", "dr-a", "p-001");
        List<AgentEvent> events = new CopyOnWriteArrayList<>();

        RunRecord record = Agent.builder().name("clinic").instructions("test").model(chartReadingModel())
                .tools(clinic.tools).listener(new Slf4jAgentListener()).listener(events::add).build()
                .run(RunRequest.of("s1", MESSAGE).withUser("dr-a"));

        // The tools themselves return no name (only the user's and the model's own words carry it here).
        assertThat(PraxisJson.write(record.toolCalls().get(0).result())).doesNotContain("Testina");
        assertThat(capture(record, events)).contains("Testina Examplova");
    }

    private String capture(RunRecord record, List<AgentEvent> events) {
        List<String> all = new ArrayList<>();
        logs.list.forEach(e -> all.add(e.getFormattedMessage()));
        events.forEach(e -> all.add(PraxisJson.write(e)));
        all.add(PraxisJson.write(record));
        return String.join("\n", all);
    }

    /** Reads the chart, drafts the letter, and answers naming the patient as the user did. */
    private static ScriptedChatModel chartReadingModel() {
        return ScriptedChatModel.of(
                ScriptedChatModel.toolCall("patient_summary", "{}"),
                ScriptedChatModel.toolCall("list_medications", "{}"),
                ScriptedChatModel.toolCall("latest_observations", "{\"code_or_name\":\"2160-0\"}"),
                ScriptedChatModel.toolCall("draft_referral_letter", "{\"to_service\":\"nephrology\","
                        + "\"reason\":\"eGFR falling in Testina Examplova (SYN-100001)\"}"),
                ScriptedChatModel.answer("Testina Examplova (SYN-100001, born 1958-03-14) takes metformin, "
                        + "lisinopril and simvastatin; the referral draft is ready for review."));
    }
}
