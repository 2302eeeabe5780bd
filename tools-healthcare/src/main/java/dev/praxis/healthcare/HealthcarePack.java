package dev.praxis.healthcare;

import dev.praxis.healthcare.body.BodyTools;
import dev.praxis.healthcare.cardio.CardioTools;
import dev.praxis.healthcare.chemistry.ChemistryTools;
import dev.praxis.healthcare.dosing.DosingTools;
import dev.praxis.healthcare.internal.Disclaimer;
import dev.praxis.approval.ActionTokens;
import dev.praxis.healthcare.interaction.InteractionTools;
import dev.praxis.healthcare.kidney.KidneyTools;
import dev.praxis.healthcare.patient.PatientRecords;
import dev.praxis.healthcare.patient.PatientTools;
import dev.praxis.healthcare.safety.PatientBindings;
import dev.praxis.healthcare.safety.PhiRedactor;
import dev.praxis.tool.Tool;
import dev.praxis.tool.Tools;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The healthcare tool pack: every clinical calculator, registered with one call. All are read-only and work
 * offline; each result names its formula, its reference and its units, and carries {@link #DISCLAIMER}.
 *
 * <pre>{@code
 * List<Tool> tools = HealthcarePack.tools();
 * }</pre>
 */
public final class HealthcarePack {

    /** Names of every tool the pack registers: a public contract that prompts and evaluations refer to. */
    public static final List<String> TOOL_NAMES = List.of(
            "egfr_ckd_epi_2021", "creatinine_clearance", "bmi", "body_surface_area", "ideal_body_weight",
            "qtc", "mean_arterial_pressure", "cha2ds2_vasc", "has_bled",
            "anion_gap", "corrected_calcium", "convert_lab_unit",
            "weight_based_dose", "pediatric_dose_check");

    /** Names of the patient-context tools {@link #patientTools} registers; all but book_appointment read-only. */
    public static final List<String> PATIENT_TOOL_NAMES = List.of(
            "patient_summary", "list_medications", "latest_observations", "list_allergies",
            "find_appointment_slots", "prepare_appointment", "book_appointment", "draft_referral_letter",
            "check_interactions");

    /** How long a booking approval stays valid. */
    public static final Duration BOOKING_APPROVAL_TTL = Duration.ofMinutes(15);

    /** The fixed disclaimer every result carries and the clinic agent states. */
    public static final String DISCLAIMER = Disclaimer.TEXT;

    private HealthcarePack() {
    }

    /**
     * Every tool of this pack, in a stable order.
     *
     * @return the tools
     */
    public static List<Tool> tools() {
        return Tools.from(new KidneyTools(), new BodyTools(), new CardioTools(), new ChemistryTools(),
                new DosingTools());
    }

    /**
     * The patient-context tools over {@code records}: each reads only the patient its session is bound to in
     * {@code bindings} (which logs every read), and {@code redactor} learns every patient read (and every patient
     * {@code records} knows up front) so that a {@link dev.praxis.healthcare.safety.PhiGuard} masks them. Names,
     * birth dates and identifiers appear in results only with {@code disclosePhi}.
     *
     * <pre>{@code
     * PatientBindings bindings = new PatientBindings(AccessLog.slf4j(), Clock.systemUTC());
     * PhiRedactor redactor = new PhiRedactor();
     * List<Tool> tools = HealthcarePack.patientTools(PatientRecords.synthetic(), bindings, redactor,
     *         ActionTokens.inDirectory(dataDir, Clock.systemUTC()), Clock.systemUTC(), false);
     * bindings.bind(sessionId, userId, "p-001");
     * }</pre>
     *
     * @param records where patient records come from
     * @param bindings which session may read which patient
     * @param redactor learns the PHI to mask
     * @param tokens issues and redeems booking approvals
     * @param clock the time source
     * @param disclosePhi true to show names, birth dates and identifiers in results (off unless asked for)
     * @return the tools
     */
    public static List<Tool> patientTools(PatientRecords records, PatientBindings bindings, PhiRedactor redactor,
                                          ActionTokens tokens, Clock clock, boolean disclosePhi) {
        records.knownPatients().forEach(p -> redactor.learn(p.phiTerms()));
        return Tools.from(new PatientTools(records, bindings, redactor, tokens, clock, BOOKING_APPROVAL_TTL,
                disclosePhi), new InteractionTools(records, bindings));
    }

    /**
     * One line for listings such as the CLI's {@code tools list}.
     *
     * @return the description
     */
    public static String description() {
        return "Healthcare: exact clinical calculators (kidney function, body measures, QTc and cardiovascular "
                + "scores, chemistry and lab-unit conversion, weight-based dosing checks), each with its units, "
                + "formula and published reference. Numbers only: no diagnosis, no prescribing.";
    }
}
