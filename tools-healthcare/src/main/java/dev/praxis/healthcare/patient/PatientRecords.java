package dev.praxis.healthcare.patient;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where patient records come from: an extension point with two implementations, the synthetic bundle shipped
 * with the pack ({@link #synthetic()}) or any FHIR R4 server by base URL ({@link #fhirServer(String)}). Every
 * read names the patient by FHIR logical id; who may read which patient is decided before, by the session's
 * binding, never here.
 *
 * <pre>{@code
 * PatientRecords records = PatientRecords.fhirServer("https://fhir.example.org/r4");
 * List<MedicationEntry> meds = records.medications("p-001");
 * }</pre>
 */
public interface PatientRecords {

    /**
     * The patient's demographics.
     *
     * @param patientId the logical id
     * @return the record, or empty when there is no such patient
     */
    Optional<PatientRecord> patient(String patientId);

    /**
     * The patient's problem list.
     *
     * @param patientId the logical id
     * @return the conditions, in record order
     */
    List<ConditionEntry> conditions(String patientId);

    /**
     * The patient's medication statements.
     *
     * @param patientId the logical id
     * @return the medications, in record order
     */
    List<MedicationEntry> medications(String patientId);

    /**
     * The patient's observations, panels split into their components.
     *
     * @param patientId the logical id
     * @return the observations, in record order
     */
    List<ObservationEntry> observations(String patientId);

    /**
     * The patient's allergies and intolerances.
     *
     * @param patientId the logical id
     * @return the allergies, in record order
     */
    List<AllergyEntry> allergies(String patientId);

    /**
     * The free slots that start in {@code [from, to)}, for {@code service} (case-insensitive) or for any service
     * when it is empty, earliest first.
     *
     * @param service the service, or empty for all
     * @param from the earliest start
     * @param to the latest start, exclusive
     * @return the free slots
     */
    List<SlotEntry> freeSlots(String service, Instant from, Instant to);

    /**
     * Books {@code slotId} for the patient: the slot becomes busy and an appointment is created. Irreversible in
     * this API; the tools call it only with an approved token.
     *
     * @param slotId the slot's logical id
     * @param patientId the patient's logical id
     * @param reason the reason for the appointment, as the clinician gave it
     * @return the appointment
     * @throws IllegalStateException when the slot does not exist or is no longer free
     */
    BookedAppointment book(String slotId, String patientId, String reason);

    /**
     * The patients this source holds in memory (every patient of a bundle), so that their PHI can be masked before
     * any is read; empty for a server, whose patients are learnt as they are read.
     *
     * @return the patients known up front
     */
    default List<PatientRecord> knownPatients() {
        return List.of();
    }

    /**
     * The synthetic bundle shipped with the pack: three invented patients with conditions, medications,
     * observations, allergies and appointment slots. Bookings live in memory.
     *
     * @return the records
     */
    static PatientRecords synthetic() {
        return BundlePatientRecords.synthetic();
    }

    /**
     * The records of a FHIR R4 JSON bundle (type collection, transaction or searchset); bookings live in memory.
     *
     * @param bundleJson the bundle
     * @return the records
     * @throws IllegalArgumentException when the input is not a FHIR R4 JSON bundle
     */
    static PatientRecords fromBundle(InputStream bundleJson) {
        return BundlePatientRecords.read(bundleJson);
    }

    /**
     * The records of a FHIR R4 server, read and written through HAPI FHIR's generic client. Bookings create an
     * {@code Appointment} and mark the {@code Slot} busy on the server.
     *
     * @param baseUrl the server's base URL, e.g. {@code https://fhir.example.org/r4}
     * @return the records
     */
    static PatientRecords fhirServer(String baseUrl) {
        return ServerPatientRecords.at(baseUrl);
    }
}
