package dev.praxis.examples.agents;

import dev.praxis.approval.ActionTokens;
import dev.praxis.healthcare.HealthcarePack;
import dev.praxis.healthcare.patient.PatientRecords;
import dev.praxis.healthcare.safety.AccessLog;
import dev.praxis.healthcare.safety.PatientBindings;
import dev.praxis.healthcare.safety.PhiGuard;
import dev.praxis.healthcare.safety.PhiRedactor;
import dev.praxis.tool.Tool;

import java.time.Clock;
import java.util.List;

/**
 * The clinic agent's patient context: records from {@code $PRAXIS_FHIR_BASE_URL} when set, else the synthetic
 * bundle shipped with the pack; session bindings with the access log on SLF4J; the PHI redactor and its guard.
 * PHI appears in tool results only when {@code $PRAXIS_DISCLOSE_PHI} is {@code true}.
 */
public final class ClinicPatients {

    private final PatientRecords records;
    private final PatientBindings bindings;
    private final PhiRedactor redactor = new PhiRedactor();
    private final List<Tool> tools;
    private final boolean disclosePhi;

    /**
     * The context for the environment {@code env}.
     *
     * @param env the environment (e.g. {@code System.getenv()})
     * @param tokens approval tokens for booking
     * @param clock the time source
     */
    public ClinicPatients(java.util.Map<String, String> env, ActionTokens tokens, Clock clock) {
        String url = env.get("PRAXIS_FHIR_BASE_URL");
        this.records = url == null || url.isBlank() ? PatientRecords.synthetic() : PatientRecords.fhirServer(url);
        this.bindings = new PatientBindings(AccessLog.slf4j(), clock);
        this.disclosePhi = "true".equals(env.get("PRAXIS_DISCLOSE_PHI"));
        this.tools = HealthcarePack.patientTools(records, bindings, redactor, tokens, clock, disclosePhi);
    }

    /** The patient tools (summary, medications, observations, allergies, slots, booking, referral, interactions). */
    public List<Tool> tools() {
        return tools;
    }

    /** Binds a session to a patient for a user; the host does this, never the model. */
    public void bind(String sessionId, String userId, String patientId) {
        bindings.bind(sessionId, userId, patientId);
    }

    /** The guard that masks PHI in the agent's records, events and logs. */
    public PhiGuard guard() {
        return new PhiGuard(redactor);
    }

    /** Whether PHI is shown in tool results (and so not masked): {@code $PRAXIS_DISCLOSE_PHI=true}. */
    public boolean disclosesPhi() {
        return disclosePhi;
    }

    /** The PHI terms known now (every bundle patient), to register as the agent's secrets. */
    public List<String> knownPhi() {
        return redactor.terms();
    }
}
