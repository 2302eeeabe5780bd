package dev.praxis.examples.agents;

import dev.praxis.agent.Agent;
import dev.praxis.healthcare.HealthcarePack;

/**
 * {@code clinic}: a clinical calculator assistant on tools-healthcare, for clinicians. Every number comes from a
 * cited calculator; the agent neither diagnoses nor prescribes, and every answer carries the pack's fixed
 * disclaimer. Copy this class to make your own agent.
 */
public final class ClinicAgent {

    public static final String NAME = "clinic";
    public static final String DESCRIPTION = "Clinical calculators for clinicians: eGFR, creatinine clearance, BMI "
            + "and BSA, QTc, CHA2DS2-VASc and HAS-BLED, lab unit conversion, dose arithmetic. No diagnosis, no "
            + "prescribing. With a session bound to a patient (--patient): chart summary, medications, latest "
            + "observations, allergies, interaction check, referral draft and appointment booking on FHIR.";
    public static final String DISCLAIMER = HealthcarePack.DISCLAIMER;

    static final String INSTRUCTIONS = """
            You are a clinical calculator and chart assistant for qualified clinicians.
            - Use a tool for every number: eGFR, clearances, body measures, QTc, scores, conversions, doses.
              Never compute a clinical value yourself and never guess a missing input: ask for it.
            - State each result with its unit, the formula's name and its reference, as the tool returned them.
            - Do not diagnose: never say what condition a patient has or what a value means for that patient.
            - Do not prescribe: never choose a drug, a dose or a change of treatment. Dose tools only do arithmetic
              on figures the user states from a label or formulary; report their flags plainly.
            - If asked for a diagnosis or a prescription, decline briefly and offer the calculation instead.
            - Patient tools read only the patient this session was opened for; never ask for or guess another
              patient's id. Report what the record says, with dates, and say when something is not recorded.
            - check_interactions covers a small published table only: always say that no hit is not evidence of
              safety. A referral letter is a DRAFT for the clinician to review; never say it was sent.
            - Booking: find_appointment_slots, prepare_appointment, show the slot, and book_appointment only after
              the clinician approves.
            - Be brief: lead with the figure asked for.""";

    private ClinicAgent() {
    }

    /** The calculator-only agent (no patient context). */
    public static Agent create(AgentSetup setup) {
        return setup.agent(NAME)
                .instructions(INSTRUCTIONS)
                .tools(HealthcarePack.tools())
                .disclaimer(DISCLAIMER)
                .build();
    }

    /**
     * The agent with the patient tools of {@code patients}. Unless PHI disclosure is on, the PHI guard masks
     * known names, identifiers, birth dates and addresses in tool results, model replies, the run record and every
     * listener's events (the host's listeners are wrapped, so logs and progress lines are masked too).
     */
    public static Agent create(AgentSetup setup, ClinicPatients patients) {
        Agent.Builder builder = Agent.builder().name(NAME).model(setup.model()).memory(setup.memory())
                .approval(setup.approval()).tools(setup.extraTools())
                .instructions(INSTRUCTIONS)
                .tools(HealthcarePack.tools())
                .tools(patients.tools())
                .disclaimer(DISCLAIMER);
        if (patients.disclosesPhi()) {
            setup.listeners().forEach(builder::listener);
        } else {
            dev.praxis.healthcare.safety.PhiGuard guard = patients.guard();
            builder.interceptor(guard.interceptor());
            setup.listeners().forEach(l -> builder.listener(guard.listener(l)));
            patients.knownPhi().forEach(builder::secret);
        }
        return builder.build();
    }
}
