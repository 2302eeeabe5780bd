package dev.praxis.tool;

import dev.praxis.internal.text.EditDistance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The allowed argument names a model probably meant when it sent an unknown one, best first, at most three.
 * A name is near when, after lower-casing and dropping {@code _}, {@code -} and spaces, it
 * <ol>
 *   <li>is the same ({@code extraMonthlyPayment}, {@code Extra-Monthly-Payment} for {@code extra_monthly_payment});</li>
 *   <li>is at most two edits away (insert, delete, substitute or swap two neighbours; one edit for names of three
 *       or four characters, none for shorter ones): {@code princpal} for {@code principal};</li>
 *   <li>has all its words in the other's words, in order, or the other way round: {@code extra_payment} for
 *       {@code extra_monthly_payment}, {@code annual_rate_percent} for {@code annual_rate};</li>
 *   <li>is an abbreviation: the other's initials ({@code pv} for {@code present_value}) or its letters in order from
 *       the same first letter ({@code qty} for {@code quantity}, {@code pmt} for {@code payment}).</li>
 * </ol>
 */
final class NearNames {

    private static final int MAX_SUGGESTIONS = 3;

    private NearNames() {
    }

    static List<String> near(String unknown, Collection<String> allowed) {
        String key = normal(unknown);
        List<String> keyWords = words(unknown);
        record Scored(String name, int score) {
        }
        List<Scored> found = new ArrayList<>();
        for (String name : allowed) {
            int score = score(key, keyWords, name);
            if (score >= 0) {
                found.add(new Scored(name, score));
            }
        }
        return found.stream().sorted(Comparator.comparingInt(Scored::score)).limit(MAX_SUGGESTIONS)
                .map(Scored::name).toList();
    }

    /** Lower is nearer; -1 when not near at all. */
    private static int score(String key, List<String> keyWords, String name) {
        String other = normal(name);
        if (key.isEmpty()) {
            return -1;
        }
        if (key.equals(other)) {
            return 0;
        }
        int allowedEdits = key.length() >= 5 ? 2 : key.length() >= 3 ? 1 : 0;
        int edits = key.length() > other.length() + allowedEdits || other.length() > key.length() + allowedEdits
                ? Integer.MAX_VALUE : EditDistance.between(key, other);
        if (edits <= allowedEdits) {
            return edits;
        }
        List<String> nameWords = words(name);
        if (inOrder(keyWords, nameWords) || inOrder(nameWords, keyWords)) {
            return 3;
        }
        if (key.length() >= 2 && (key.equals(initials(nameWords)) || abbreviates(key, other))) {
            return 4;
        }
        return -1;
    }

    private static String normal(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[_\\- ]", "");
    }

    private static List<String> words(String name) {
        return List.of(Schemas.snakeCase(name).toLowerCase(Locale.ROOT).split("[_\\- ]+"));
    }

    private static String initials(List<String> words) {
        StringBuilder out = new StringBuilder();
        words.stream().filter(w -> !w.isEmpty()).forEach(w -> out.append(w.charAt(0)));
        return out.length() < 2 ? "" : out.toString();
    }

    // Whether every word of `part` occurs in `whole`, in the same order.
    private static boolean inOrder(List<String> part, List<String> whole) {
        if (part.size() >= whole.size()) {
            return false;
        }
        int at = 0;
        for (String word : whole) {
            if (at < part.size() && part.get(at).equals(word)) {
                at++;
            }
        }
        return at == part.size();
    }

    // Whether `key` is `name`'s letters in order, starting with the same one: qty, pmt, amt.
    private static boolean abbreviates(String key, String name) {
        if (key.length() >= name.length() || key.charAt(0) != name.charAt(0)) {
            return false;
        }
        int at = 0;
        for (int i = 0; i < name.length() && at < key.length(); i++) {
            if (name.charAt(i) == key.charAt(at)) {
                at++;
            }
        }
        return at == key.length();
    }
}
