package dev.praxis.healthcare.patient;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.gclient.ReferenceClientParam;
import ca.uhn.fhir.rest.gclient.TokenClientParam;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Slot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Patient records from a FHIR R4 server through HAPI's generic client. Searches used: {@code Patient/{id}},
 * {@code {Type}?patient={id}} for the clinical resources, {@code Slot?status=free}; a booking creates an
 * {@code Appointment} and updates the {@code Slot} to busy.
 */
final class ServerPatientRecords implements PatientRecords {

    /** One page is enough for a patient's chart here; a server that pages further is read to this bound. */
    private static final int MAX_PAGES = 20;

    private final IGenericClient client;

    private ServerPatientRecords(IGenericClient client) {
        this.client = client;
    }

    static PatientRecords at(String baseUrl) {
        if (baseUrl == null || !(baseUrl.startsWith("http://") || baseUrl.startsWith("https://"))) {
            throw new IllegalArgumentException("FHIR base URL must start with http:// or https://, got " + baseUrl);
        }
        // The capability statement is not needed for the few searches made here, and not every server serves it.
        FhirMapping.R4.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
        return new ServerPatientRecords(FhirMapping.R4.newRestfulGenericClient(baseUrl));
    }

    @Override
    public Optional<PatientRecord> patient(String patientId) {
        try {
            return Optional.of(FhirMapping.patient(client.read().resource(Patient.class).withId(patientId).execute()));
        } catch (ResourceNotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<ConditionEntry> conditions(String patientId) {
        return byPatient(Condition.class, patientId).stream().map(FhirMapping::condition).toList();
    }

    @Override
    public List<MedicationEntry> medications(String patientId) {
        return byPatient(MedicationStatement.class, patientId).stream().map(FhirMapping::medication).toList();
    }

    @Override
    public List<ObservationEntry> observations(String patientId) {
        return byPatient(Observation.class, patientId).stream().flatMap(o -> FhirMapping.observations(o).stream())
                .toList();
    }

    @Override
    public List<AllergyEntry> allergies(String patientId) {
        return byPatient(AllergyIntolerance.class, patientId).stream().map(FhirMapping::allergy).toList();
    }

    @Override
    public List<SlotEntry> freeSlots(String service, Instant from, Instant to) {
        Bundle page = client.search().forResource(Slot.class).where(new TokenClientParam("status").exactly()
                .code("free")).returnBundle(Bundle.class).execute();
        return all(page, Slot.class).stream().filter(s -> s.getStatus() == Slot.SlotStatus.FREE)
                .map(FhirMapping::slot)
                .filter(s -> service.isEmpty() || s.service().toLowerCase(Locale.ROOT)
                        .equals(service.toLowerCase(Locale.ROOT)))
                .filter(s -> !s.start().isBefore(from) && s.start().isBefore(to))
                .sorted(Comparator.comparing(SlotEntry::start)).toList();
    }

    @Override
    public synchronized BookedAppointment book(String slotId, String patientId, String reason) {
        Slot slot;
        try {
            slot = client.read().resource(Slot.class).withId(slotId).execute();
        } catch (ResourceNotFoundException e) {
            throw new IllegalStateException("slot " + slotId + " does not exist", e);
        }
        if (slot.getStatus() != Slot.SlotStatus.FREE) {
            throw new IllegalStateException("slot " + slotId + " is not free");
        }
        Appointment appointment = new Appointment();
        appointment.setStatus(Appointment.AppointmentStatus.BOOKED);
        appointment.addSlot(new Reference("Slot/" + slotId));
        appointment.setStart(slot.getStart());
        appointment.setEnd(slot.getEnd());
        appointment.addReasonCode(new CodeableConcept().setText(reason));
        appointment.addParticipant().setActor(new Reference("Patient/" + patientId))
                .setStatus(Appointment.ParticipationStatus.ACCEPTED);
        String id = client.create().resource(appointment).execute().getId().getIdPart();
        slot.setStatus(Slot.SlotStatus.BUSY);
        client.update().resource(slot).execute();
        SlotEntry entry = FhirMapping.slot(slot);
        return new BookedAppointment(id, slotId, patientId, entry.service(), entry.start(), entry.end());
    }

    private <T extends Resource> List<T> byPatient(Class<T> type, String patientId) {
        Bundle page = client.search().forResource(type).where(new ReferenceClientParam("patient").hasId(patientId))
                .returnBundle(Bundle.class).execute();
        return all(page, type);
    }

    private <T extends Resource> List<T> all(Bundle first, Class<T> type) {
        List<T> out = new ArrayList<>();
        Bundle page = first;
        for (int i = 0; page != null && i < MAX_PAGES; i++) {
            for (Bundle.BundleEntryComponent e : page.getEntry()) {
                if (type.isInstance(e.getResource())) {
                    out.add(type.cast(e.getResource()));
                }
            }
            page = page.getLink(Bundle.LINK_NEXT) == null ? null : client.loadPage().next(page).execute();
        }
        return out;
    }
}
