package dev.praxis.healthcare.safety;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Masks the protected health information of known patients (names, identifiers, birth dates, address parts) in
 * text and JSON before it reaches a log, an event, a trace or a run record. It knows the patients it is told
 * about: the pack teaches it every patient of a bundle up front and every patient a server returns as it is read.
 * Matching is case-insensitive on whole words; each match becomes {@value #MASK}.
 *
 * <p>It masks what it knows, not every possible identifier: a name the user types for a patient the records have
 * never returned is not known, so the pack also keeps PHI out of tool results by construction.
 *
 * <pre>{@code
 * redactor.learn(record.phiTerms());
 * redactor.redact("Testina Examplova, SYN-100001")   // "[PHI], [PHI]"
 * }</pre>
 */
public final class PhiRedactor {

    /** What a masked term becomes. */
    public static final String MASK = "[PHI]";

    private final Set<String> terms = ConcurrentHashMap.newKeySet();
    private volatile @Nullable Pattern pattern;

    /** A redactor that knows no patient yet. */
    public PhiRedactor() {
        this.pattern = null;
    }

    /**
     * Adds terms to mask from now on; blank ones and single characters are ignored.
     *
     * @param more the terms, e.g. {@code PatientRecord.phiTerms()}
     */
    public void learn(Collection<String> more) {
        boolean changed = false;
        for (String term : more) {
            if (term != null && term.strip().length() >= 2) {
                changed |= terms.add(term.strip());
            }
        }
        if (changed) {
            recompile();
        }
    }

    /**
     * The terms known so far, e.g. to register them as an agent's secrets too.
     *
     * @return a copy of the terms
     */
    public List<String> terms() {
        return List.copyOf(terms);
    }

    /**
     * {@code text} with every known term masked.
     *
     * @param text the text
     * @return the masked text
     */
    public @Nullable String redact(@Nullable String text) {
        Pattern p = pattern;
        if (p == null || text == null || text.isEmpty()) {
            return text;
        }
        return p.matcher(text).replaceAll(Matcher.quoteReplacement(MASK));
    }

    /**
     * {@code json} with every known term masked in every string and field name; structure and numbers kept.
     * Returns a copy; the input is not changed.
     *
     * @param json the JSON
     * @return the masked JSON
     */
    public @Nullable JsonNode redact(@Nullable JsonNode json) {
        if (json == null) {
            return null;
        }
        if (json.isTextual()) {
            return JsonNodeFactory.instance.textNode(redact(json.asText()));
        }
        if (json.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode(json.size());
            json.forEach(element -> out.add(redact(element)));
            return out;
        }
        if (json.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            json.properties().forEach(e -> out.set(redact(e.getKey()), redact(e.getValue())));
            return out;
        }
        return json;
    }

    private synchronized void recompile() {
        // Longest first, so "Testina Examplova" is masked whole rather than as two masks around a space.
        List<String> sorted = terms.stream().sorted(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).map(Pattern::quote).toList();
        pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", sorted) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
