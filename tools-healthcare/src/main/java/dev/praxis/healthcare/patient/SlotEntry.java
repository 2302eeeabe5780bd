package dev.praxis.healthcare.patient;

import java.time.Instant;

/**
 * A free appointment slot (FHIR {@code Slot}).
 *
 * @param id the slot's logical id, which {@code book_appointment} takes
 * @param service the service it belongs to, e.g. nephrology
 * @param start when it starts
 * @param end when it ends
 */
public record SlotEntry(String id, String service, Instant start, Instant end) {
}
