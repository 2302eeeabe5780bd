package dev.praxis.ecommerce.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites shopper words in German, Spanish, French, Italian and Chinese (and a few everyday English words) into
 * the catalogue's English vocabulary, from {@code lexicon.tsv}, so that keyword search finds them and the
 * English-only embedding model reads them. Longer phrases are replaced first; Latin script matches whole words
 * with accents ignored, Chinese matches anywhere in the text. Immutable and thread-safe.
 */
final class Lexicon {

    private static final Lexicon EMBEDDED = load();

    /** Every Latin-script phrase, longest first so that the alternation prefers "sac de couchage" to "sac". */
    private final Pattern latin;
    /** Every Chinese phrase, longest first, matched without word boundaries. */
    private final Pattern han;
    private final Map<String, String> replacements;

    private Lexicon(Map<String, String> replacements) {
        this.replacements = Map.copyOf(replacements);
        List<String> phrases = new ArrayList<>(replacements.keySet());
        phrases.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        this.latin = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation(phrases, false) + ")(?![\\p{L}\\p{N}])");
        this.han = Pattern.compile(alternation(phrases, true));
    }

    /** The lexicon in the jar. */
    static Lexicon embedded() {
        return EMBEDDED;
    }

    /**
     * {@code text} lower-cased and accent-folded, with every known phrase replaced by its catalogue words in one
     * pass (a replacement is never translated again).
     */
    String translate(String text) {
        String out = replace(han, fold(text));
        return replace(latin, out).trim().replaceAll("\\s+", " ");
    }

    private String replace(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(" " + replacements.get(m.group()) + " "));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Lower case without diacritics: "randonnée" reads as "randonnee"; "ß" and "ü" stay as they are typed. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "");
    }

    private static String alternation(List<String> phrases, boolean hanScript) {
        StringBuilder out = new StringBuilder();
        for (String p : phrases) {
            if (isHan(p) == hanScript) {
                out.append(out.length() == 0 ? "" : "|").append(Pattern.quote(p));
            }
        }
        // An empty alternation would match the empty string everywhere; this never matches.
        return out.length() == 0 ? "(?!)" : out.toString();
    }

    private static boolean isHan(String phrase) {
        return phrase.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static Lexicon load() {
        Map<String, String> replacements = new HashMap<>();
        try (InputStream in = Lexicon.class.getResourceAsStream("lexicon.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\t", -1);
                    if (parts.length != 2 || replacements.put(fold(parts[0].trim()), parts[1].trim()) != null) {
                        throw new IllegalStateException("lexicon.tsv: expected one phrase<TAB>words per phrase, got '"
                                + line + "'");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Lexicon(replacements);
    }
}
