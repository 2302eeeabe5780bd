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
            + "prescribing.";
    public static final String DISCLAIMER = HealthcarePack.DISCLAIMER;

    static final String INSTRUCTIONS = """
            You are a clinical calculator assistant for qualified clinicians.
            - Use a tool for every number: eGFR, clearances, body measures, QTc, scores, conversions, doses.
              Never compute a clinical value yourself and never guess a missing input: ask for it.
            - State each result with its unit, the formula's name and its reference, as the tool returned them.
            - Do not diagnose: never say what condition a patient has or what a value means for that patient.
            - Do not prescribe: never choose a drug, a dose or a change of treatment. Dose tools only do arithmetic
              on figures the user states from a label or formulary; report their flags plainly.
            - If asked for a diagnosis or a prescription, decline briefly and offer the calculation instead.
            - Be brief: lead with the figure asked for.""";

    private ClinicAgent() {
    }

    public static Agent create(AgentSetup setup) {
        return setup.agent(NAME)
                .instructions(INSTRUCTIONS)
                .tools(HealthcarePack.tools())
                .disclaimer(DISCLAIMER)
                .build();
    }
}
