package dev.praxis.healthcare;

import dev.praxis.healthcare.body.BodyTools;
import dev.praxis.healthcare.cardio.CardioTools;
import dev.praxis.healthcare.chemistry.ChemistryTools;
import dev.praxis.healthcare.dosing.DosingTools;
import dev.praxis.healthcare.internal.Disclaimer;
import dev.praxis.healthcare.kidney.KidneyTools;
import dev.praxis.tool.Tool;
import dev.praxis.tool.Tools;

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
