/**
 * Patient context on FHIR R4: {@link dev.praxis.healthcare.patient.PatientRecords} (the synthetic bundle shipped
 * with the pack, or any FHIR server through HAPI FHIR's client), the records it returns, and
 * {@link dev.praxis.healthcare.patient.PatientTools}, the tools an agent calls on the patient its session is bound
 * to: summary, medications, observations, allergies, appointment slots, booking (prepare, approve, execute) and a
 * referral letter draft.
 */
@NullMarked
package dev.praxis.healthcare.patient;

import org.jspecify.annotations.NullMarked;
