/**
 * Safety of patient data: {@link dev.praxis.healthcare.safety.PatientBindings} (a session reaches only the
 * patient and user it was bound to), {@link dev.praxis.healthcare.safety.AccessLog} (every read and refusal:
 * who, when, which record, why) and {@link dev.praxis.healthcare.safety.PhiRedactor} with
 * {@link dev.praxis.healthcare.safety.PhiGuard} (names, identifiers, birth dates and addresses masked in logs,
 * events, traces and run records).
 */
@NullMarked
package dev.praxis.healthcare.safety;

import org.jspecify.annotations.NullMarked;
