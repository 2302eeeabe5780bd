package dev.praxis.healthcare.safety;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.praxis.healthcare.patient.Clinic;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Every read of a patient record is logged: who, when, which record, why. */
class AccessLogTest {

    @Test
    void logsEveryReadWithUserTimeRecordAndTool() {
        Clinic clinic = new Clinic(false);
        clinic.bindings.bind("s1", "dr-a", "p-001");

        clinic.ok("patient_summary", "{}", "s1", "dr-a");
        clinic.ok("list_medications", "{}", "s1", "dr-a");
        clinic.ok("latest_observations", "{\"code_or_name\":\"creatinine\"}", "s1", "dr-a");
        clinic.ok("list_allergies", "{}", "s1", "dr-a");
        clinic.ok("check_interactions", "{}", "s1", "dr-a");
        clinic.ok("draft_referral_letter", "{\"to_service\":\"nephrology\",\"reason\":\"falling eGFR\"}", "s1", "dr-a");

        assertThat(clinic.log.entries()).extracting(AccessEntry::purpose).containsExactly("patient_summary",
                "list_medications", "latest_observations", "list_allergies", "check_interactions",
                "draft_referral_letter");
        assertThat(clinic.log.entries()).allSatisfy(e -> {
            assertThat(e.granted()).isTrue();
            assertThat(e.userId()).isEqualTo("dr-a");
            assertThat(e.sessionId()).isEqualTo("s1");
            assertThat(e.patientId()).isEqualTo("p-001");
            assertThat(e.at()).isEqualTo(Instant.parse("2026-12-01T12:00:00Z"));
        });
    }

    @Test
    void slotSearchReadsNoPatientRecordAndIsNotLogged() {
        Clinic clinic = new Clinic(false);

        clinic.ok("find_appointment_slots", "{}", "s1", "dr-a");

        assertThat(clinic.log.entries()).isEmpty();
    }

    @Test
    void slf4jLogNamesThePatientByIdNeverByName() {
        Logger logger = (Logger) LoggerFactory.getLogger("dev.praxis.healthcare.access");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            AccessLog.slf4j().record(new AccessEntry(Instant.parse("2026-12-01T12:00:00Z"), "dr-a", "s1", "p-001",
                    "list_allergies", true, ""));
            AccessLog.slf4j().record(new AccessEntry(Instant.parse("2026-12-01T12:00:00Z"), "dr-a", "s1", "p-002",
                    "list_allergies", false, "this session is bound to another patient"));
        } finally {
            logger.detachAppender(appender);
        }
        assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                "patient record read: at=2026-12-01T12:00:00Z user=dr-a session=s1 patient=p-001 purpose=list_allergies",
                "patient record access refused: at=2026-12-01T12:00:00Z user=dr-a session=s1 patient=p-002 "
                        + "purpose=list_allergies reason=this session is bound to another patient");
    }
}
