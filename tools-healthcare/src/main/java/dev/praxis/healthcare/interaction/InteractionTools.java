package dev.praxis.healthcare.interaction;

import dev.praxis.healthcare.internal.Disclaimer;
import dev.praxis.healthcare.patient.AllergyEntry;
import dev.praxis.healthcare.patient.MedicationEntry;
import dev.praxis.healthcare.patient.PatientRecords;
import dev.praxis.healthcare.safety.PatientBindings;
import dev.praxis.tool.Param;
import dev.praxis.tool.ToolContext;
import dev.praxis.tool.ToolFunction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The {@code check_interactions} tool: the bound patient's medications and any drugs named, checked pairwise
 * against a small curated table of high-priority drug–drug interactions and against the patient's recorded
 * allergies by drug class. The report lists what was not in the table and says what the table does not cover.
 *
 * <pre>{@code
 * check_interactions {"drugs": ["clarithromycin"]}
 *   -> {"hits": [...], "not_in_table": ["metformin"], "coverage": "...", "caution": "no hit is not ..."}
 * }</pre>
 */
public final class InteractionTools {

    static final String COVERAGE = "Checks " + InteractionTable.PAIRS.size() + " drug-class pairs from the ONC "
            + "high-priority drug-drug interaction list (" + InteractionTable.DDI_SOURCE + ") and drug-class "
            + "membership for " + InteractionTable.CLASSES.size() + " allergy classes (" + InteractionTable.CLASS_SOURCE
            + "). It does not cover other interactions, doses, renal or hepatic function, pregnancy, food, herbal "
            + "products, or duplicate therapy.";
    static final String CAUTION = "No hit means only that this small table lists none: it is not evidence that the "
            + "combination is safe. A pharmacist or prescriber must check a full interaction reference.";

    private final PatientRecords records;
    private final PatientBindings bindings;

    /**
     * The tool over {@code records} for the sessions in {@code bindings}.
     *
     * @param records where patient records come from
     * @param bindings which session may read which patient; logs every read
     */
    public InteractionTools(PatientRecords records, PatientBindings bindings) {
        this.records = Objects.requireNonNull(records, "records");
        this.bindings = Objects.requireNonNull(bindings, "bindings");
    }

    /**
     * The {@code check_interactions} tool.
     *
     * @param context the calling session and user
     * @param drugs further drugs to check with the patient's, by name; may be empty
     * @param patientId the patient's id; default the bound patient
     * @return the hits, what was not checked, and what the table covers
     */
    @ToolFunction(name = "check_interactions", description = "Checks the bound patient's medications, plus any "
            + "drugs named, against a small curated table of high-priority drug-drug interactions (ONC list, "
            + "Phansalkar et al. 2012) and against the patient's recorded allergies by drug class. Reports what the "
            + "table does not know; no hit is NOT evidence of safety. Read-only.")
    public InteractionReport checkInteractions(ToolContext context,
            @Param(value = "Further drugs to check, by ingredient name (e.g. clarithromycin)", required = false,
                    maxItems = 20) @Nullable List<String> drugs,
            @Param(value = "Patient id; default the patient this session is bound to", required = false)
            @Nullable String patientId) {
        String id = bindings.open(context, patientId, "check_interactions");
        List<String> names = new ArrayList<>(records.medications(id).stream()
                .filter(m -> m.status().isEmpty() || m.status().equals("active")).map(MedicationEntry::name).toList());
        if (drugs != null) {
            drugs.stream().map(String::strip).filter(d -> !d.isEmpty()).forEach(names::add);
        }
        Set<String> ingredients = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            Optional<String> ingredient = InteractionTable.ingredient(name);
            ingredient.ifPresentOrElse(ingredients::add, () -> unknown.add(name));
        }
        List<Interaction> hits = new ArrayList<>(InteractionTable.interactions(List.copyOf(ingredients)));
        hits.addAll(allergyHits(ingredients, records.allergies(id)));
        return new InteractionReport(id, names, hits, unknown, COVERAGE, CAUTION, Disclaimer.TEXT);
    }

    private static List<Interaction> allergyHits(Set<String> ingredients, List<AllergyEntry> allergies) {
        List<Interaction> hits = new ArrayList<>();
        for (AllergyEntry allergy : allergies) {
            for (InteractionTable.AllergyClass c : InteractionTable.classesOf(allergy.substance())) {
                ingredients.stream().filter(c.members()::contains).forEach(drug -> hits.add(new Interaction(
                        "drug-allergy", drug, allergy.substance(), drug + " is one of the " + c.name()
                        + "; recorded allergy to " + allergy.substance()
                        + (allergy.criticality().isEmpty() ? "" : " (criticality " + allergy.criticality() + ")"),
                        InteractionTable.CLASS_SOURCE)));
            }
        }
        return hits;
    }
}
