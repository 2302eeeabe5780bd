package dev.praxis.healthcare.interaction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The curated table: a few drug-class pairs from the high-priority drug–drug interaction list proposed for EHR
 * alerting, and drug-class membership for allergy cross-checks. Drugs are matched by ingredient name, as a whole
 * word of the name given or recorded.
 */
final class InteractionTable {

    static final String DDI_SOURCE = "Phansalkar S, Desai AA, Bell D, et al. High-priority drug-drug interactions "
            + "for use in electronic health records. J Am Med Inform Assoc. 2012;19(5):735-743. "
            + "doi:10.1136/amiajnl-2011-000612 (the ONC high-priority list)";
    static final String CLASS_SOURCE = "drug-class membership per the WHO ATC classification (J01C penicillins, "
            + "J01E sulfonamides and trimethoprim, M01A NSAIDs); cross-reactivity between classes is not covered";

    /** Two classes whose members interact. */
    record Pair(String classA, Set<String> a, String classB, Set<String> b, String risk) {
    }

    /** A class a recorded allergy can name, and its members. */
    record AllergyClass(String name, Set<String> members) {
    }

    static final List<Pair> PAIRS = List.of(
            new Pair("nitrates", Set.of("nitroglycerin", "isosorbide mononitrate", "isosorbide dinitrate"),
                    "PDE-5 inhibitors", Set.of("sildenafil", "tadalafil", "vardenafil"),
                    "severe hypotension"),
            new Pair("tizanidine", Set.of("tizanidine"), "CYP1A2 inhibitors", Set.of("ciprofloxacin", "fluvoxamine"),
                    "raised tizanidine levels: hypotension, excessive sedation"),
            new Pair("ramelteon", Set.of("ramelteon"), "fluvoxamine", Set.of("fluvoxamine"),
                    "markedly raised ramelteon levels"),
            new Pair("pimozide", Set.of("pimozide"), "macrolides and azole antifungals",
                    Set.of("clarithromycin", "erythromycin", "ketoconazole", "itraconazole"),
                    "QT prolongation, ventricular arrhythmia"),
            new Pair("ergot alkaloids", Set.of("ergotamine", "dihydroergotamine"), "strong CYP3A4 inhibitors",
                    Set.of("clarithromycin", "ketoconazole", "itraconazole", "ritonavir"),
                    "ergotism: vasospasm and ischaemia"),
            new Pair("simvastatin and lovastatin", Set.of("simvastatin", "lovastatin"), "HIV protease inhibitors",
                    Set.of("ritonavir", "atazanavir", "darunavir", "lopinavir"), "myopathy and rhabdomyolysis"),
            new Pair("atazanavir", Set.of("atazanavir"), "proton pump inhibitors",
                    Set.of("omeprazole", "esomeprazole", "lansoprazole", "pantoprazole", "rabeprazole"),
                    "loss of atazanavir effect (reduced absorption)"));

    static final List<AllergyClass> CLASSES = List.of(
            new AllergyClass("penicillins", Set.of("penicillin", "penicillin g", "penicillin v", "amoxicillin",
                    "ampicillin", "piperacillin", "flucloxacillin", "dicloxacillin", "nafcillin", "oxacillin")),
            new AllergyClass("sulfonamide antibiotics", Set.of("sulfamethoxazole", "sulfadiazine")),
            new AllergyClass("NSAIDs", Set.of("ibuprofen", "naproxen", "diclofenac", "aspirin", "ketorolac",
                    "indometacin")));

    private InteractionTable() {
    }

    /** Every ingredient the table knows. */
    static Set<String> known() {
        Set<String> all = new LinkedHashSet<>();
        PAIRS.forEach(p -> {
            all.addAll(p.a());
            all.addAll(p.b());
        });
        CLASSES.forEach(c -> all.addAll(c.members()));
        return all;
    }

    /** The known ingredient {@code drug} names as a whole word (the longest such), if any. */
    static Optional<String> ingredient(String drug) {
        String text = drug.toLowerCase(Locale.ROOT);
        return known().stream().filter(i -> Pattern.compile("(?<![a-z])" + Pattern.quote(i) + "(?![a-z])")
                .matcher(text).find()).max(java.util.Comparator.comparingInt(String::length));
    }

    /** The pairs among {@code ingredients}, each once. */
    static List<Interaction> interactions(List<String> ingredients) {
        List<Interaction> hits = new ArrayList<>();
        for (int i = 0; i < ingredients.size(); i++) {
            for (int j = i + 1; j < ingredients.size(); j++) {
                String x = ingredients.get(i);
                String y = ingredients.get(j);
                for (Pair p : PAIRS) {
                    if ((p.a().contains(x) && p.b().contains(y)) || (p.a().contains(y) && p.b().contains(x))) {
                        hits.add(new Interaction("drug-drug", x, y, p.classA() + " + " + p.classB() + ": " + p.risk(),
                                DDI_SOURCE));
                    }
                }
            }
        }
        return hits;
    }

    /** The classes {@code allergy} names, by a member or the class name. */
    static List<AllergyClass> classesOf(String allergy) {
        String text = allergy.toLowerCase(Locale.ROOT);
        return CLASSES.stream().filter(c -> c.members().contains(text) || text.contains(c.name().toLowerCase(Locale.ROOT))
                || c.members().stream().anyMatch(m -> Pattern.compile("(?<![a-z])" + Pattern.quote(m) + "(?![a-z])")
                        .matcher(text).find())).toList();
    }
}
