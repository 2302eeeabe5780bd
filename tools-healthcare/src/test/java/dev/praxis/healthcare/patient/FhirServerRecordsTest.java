package dev.praxis.healthcare.patient;

import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Slot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** HAPI FHIR's generic client against a local FHIR endpoint serving the synthetic bundle. */
class FhirServerRecordsTest {

    private static FakeFhirServer fhir;
    private static PatientRecords server;
    private static final PatientRecords BUNDLE = PatientRecords.synthetic();

    @BeforeAll
    static void start() throws IOException {
        fhir = new FakeFhirServer();
        server = PatientRecords.fhirServer(fhir.baseUrl());
    }

    @AfterAll
    static void stop() {
        fhir.close();
    }

    @Test
    void readsPatientDemographicsByLogicalId() {
        PatientRecord p = server.patient("p-001").orElseThrow();

        assertThat(p.fullName()).isEqualTo("Testina Examplova");
        assertThat(p.birthDate()).contains(LocalDate.of(1958, 3, 14));
        assertThat(p.identifiers()).containsExactly("SYN-100001");
        assertThat(p.sex()).isEqualTo("female");
        assertThat(fhir.requests()).contains("GET /fhir/Patient/p-001");
    }

    @Test
    void unknownPatientIsEmptyNotAnError() {
        assertThat(server.patient("p-999")).isEmpty();
    }

    @Test
    void searchesEachClinicalResourceByPatientAndMatchesTheBundle() {
        for (String id : List.of("p-001", "p-002", "p-003")) {
            assertThat(server.conditions(id)).isEqualTo(BUNDLE.conditions(id)).isNotEmpty();
            assertThat(server.medications(id)).isEqualTo(BUNDLE.medications(id)).isNotEmpty();
            assertThat(server.observations(id)).isEqualTo(BUNDLE.observations(id)).isNotEmpty();
            assertThat(server.allergies(id)).isEqualTo(BUNDLE.allergies(id));
        }
        assertThat(fhir.requests()).contains("GET /fhir/Condition?patient=p-002",
                "GET /fhir/MedicationStatement?patient=p-002", "GET /fhir/Observation?patient=p-002",
                "GET /fhir/AllergyIntolerance?patient=p-002");
    }

    @Test
    void mapsRxNormLoincAndBloodPressureComponents() {
        assertThat(server.medications("p-001")).extracting(MedicationEntry::rxnorm, MedicationEntry::name)
                .contains(org.assertj.core.groups.Tuple.tuple("6809", "metformin"));
        List<ObservationEntry> obs = server.observations("p-001");
        assertThat(obs).filteredOn(o -> o.loinc().equals("8480-6")).singleElement()
                .satisfies(o -> assertThat(o.value()).isEqualByComparingTo("142"));
        assertThat(obs).filteredOn(o -> o.loinc().equals("8462-4")).singleElement()
                .satisfies(o -> assertThat(o.unit()).isEqualTo("mmHg"));
        assertThat(PatientTools.latest(obs)).filteredOn(o -> o.loinc().equals("2160-0")).singleElement()
                .satisfies(o -> assertThat(o.value()).isEqualByComparingTo(new BigDecimal("1.3")));
        assertThat(server.allergies("p-001")).singleElement()
                .satisfies(a -> assertThat(a.substance()).isEqualTo("penicillin G"));
    }

    @Test
    void booksAFreeSlotByCreatingAnAppointmentAndMarkingTheSlotBusy() throws IOException {
        try (FakeFhirServer own = new FakeFhirServer()) {
            PatientRecords records = PatientRecords.fhirServer(own.baseUrl());
            Instant from = Instant.parse("2026-12-01T00:00:00Z");
            Instant to = Instant.parse("2026-12-31T00:00:00Z");
            assertThat(records.freeSlots("nephrology", from, to)).extracting(SlotEntry::id)
                    .containsExactly("s-101", "s-103");

            BookedAppointment booked = records.book("s-101", "p-001", "CKD review");

            assertThat(booked.slotId()).isEqualTo("s-101");
            assertThat(booked.start()).isEqualTo(Instant.parse("2026-12-08T09:00:00Z"));
            Appointment stored = (Appointment) own.stored("Appointment", booked.appointmentId());
            assertThat(stored.getStatus()).isEqualTo(Appointment.AppointmentStatus.BOOKED);
            assertThat(stored.getParticipantFirstRep().getActor().getReference()).isEqualTo("Patient/p-001");
            assertThat(((Slot) own.stored("Slot", "s-101")).getStatus()).isEqualTo(Slot.SlotStatus.BUSY);
            assertThat(own.requests()).contains("GET /fhir/Slot?status=free", "POST /fhir/Appointment",
                    "PUT /fhir/Slot/s-101");
            assertThat(records.freeSlots("nephrology", from, to)).extracting(SlotEntry::id).containsExactly("s-103");
            assertThatThrownBy(() -> records.book("s-101", "p-001", "again")).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("not free");
        }
    }

    @Test
    void refusesABaseUrlThatIsNotHttp() {
        assertThatThrownBy(() -> PatientRecords.fhirServer("file:///etc")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("http://");
    }

    @Test
    void refusesInputThatIsNotABundle() {
        assertThatThrownBy(() -> PatientRecords.fromBundle(new java.io.ByteArrayInputStream(
                "{\"resourceType\":\"Patient\"".getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a FHIR R4 JSON bundle");
    }
}
