package dev.praxis.healthcare.patient;

import ca.uhn.fhir.parser.DataFormatException;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Slot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Patient records from one FHIR JSON bundle held in memory; bookings change only this copy. */
final class BundlePatientRecords implements PatientRecords {

    static final String SYNTHETIC = "synthetic-clinic.json";

    private final List<Resource> resources;
    private final Map<String, BookedAppointment> bookedBySlot = new ConcurrentHashMap<>();
    private int nextAppointment = 1;

    private BundlePatientRecords(Bundle bundle) {
        this.resources = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(r -> r != null).toList();
    }

    static PatientRecords synthetic() {
        try (InputStream in = BundlePatientRecords.class.getResourceAsStream(SYNTHETIC)) {
            if (in == null) {
                throw new IllegalStateException("the synthetic bundle " + SYNTHETIC + " is missing from the jar");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PatientRecords read(InputStream json) {
        try {
            return new BundlePatientRecords(FhirMapping.R4.newJsonParser().parseResource(Bundle.class, json));
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("not a FHIR R4 JSON bundle: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<PatientRecord> patient(String patientId) {
        return of(Patient.class).stream().filter(p -> p.getIdElement().getIdPart().equals(patientId)).findFirst()
                .map(FhirMapping::patient);
    }

    @Override
    public List<PatientRecord> knownPatients() {
        return of(Patient.class).stream().map(FhirMapping::patient).toList();
    }

    @Override
    public List<ConditionEntry> conditions(String patientId) {
        return about(Condition.class, Condition::getSubject, patientId).stream().map(FhirMapping::condition).toList();
    }

    @Override
    public List<MedicationEntry> medications(String patientId) {
        return about(MedicationStatement.class, MedicationStatement::getSubject, patientId).stream()
                .map(FhirMapping::medication).toList();
    }

    @Override
    public List<ObservationEntry> observations(String patientId) {
        return about(Observation.class, Observation::getSubject, patientId).stream()
                .flatMap(o -> FhirMapping.observations(o).stream()).toList();
    }

    @Override
    public List<AllergyEntry> allergies(String patientId) {
        return about(AllergyIntolerance.class, AllergyIntolerance::getPatient, patientId).stream()
                .map(FhirMapping::allergy).toList();
    }

    @Override
    public List<SlotEntry> freeSlots(String service, Instant from, Instant to) {
        return of(Slot.class).stream().filter(s -> s.getStatus() == Slot.SlotStatus.FREE)
                .filter(s -> !bookedBySlot.containsKey(s.getIdElement().getIdPart()))
                .map(FhirMapping::slot)
                .filter(s -> service.isEmpty() || s.service().toLowerCase(Locale.ROOT)
                        .equals(service.toLowerCase(Locale.ROOT)))
                .filter(s -> !s.start().isBefore(from) && s.start().isBefore(to))
                .sorted(Comparator.comparing(SlotEntry::start)).toList();
    }

    @Override
    public synchronized BookedAppointment book(String slotId, String patientId, String reason) {
        SlotEntry slot = freeSlots("", Instant.MIN, Instant.MAX).stream().filter(s -> s.id().equals(slotId))
                .findFirst().orElseThrow(() -> new IllegalStateException("slot " + slotId + " is not free"));
        BookedAppointment booked = new BookedAppointment("apt-" + nextAppointment++, slotId, patientId,
                slot.service(), slot.start(), slot.end());
        bookedBySlot.put(slotId, booked);
        return booked;
    }

    private <T extends Resource> List<T> of(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Resource r : resources) {
            if (type.isInstance(r)) {
                out.add(type.cast(r));
            }
        }
        return out;
    }

    private <T extends Resource> List<T> about(Class<T> type, Function<T, Reference> subject, String patientId) {
        String reference = "Patient/" + patientId;
        return of(type).stream().filter(r -> reference.equals(subject.apply(r).getReference())).toList();
    }
}
