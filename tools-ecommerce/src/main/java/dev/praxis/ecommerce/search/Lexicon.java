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
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites shopper words in German, Spanish, French, Italian and Chinese (and a few everyday English words) into
 * the catalogue's English vocabulary, from {@code lexicon.tsv}, so that keyword search finds them and the
 * English-only embedding model reads them. Longer phrases are replaced first; Latin script matches whole words
 * with accents ignored, Chinese matches anywhere in the text. Immutable and thread-safe.
 */
final class Lexicon {

    private record Entry(Pattern pattern, String replacement) {
    }

    private static final Lexicon EMBEDDED = load();

    private final List<Entry> entries;

    private Lexicon(List<Entry> entries) {
        this.entries = entries;
    }

    /** The lexicon in the jar. */
    static Lexicon embedded() {
        return EMBEDDED;
    }

    /** {@code text} lower-cased and accent-folded, with every known phrase replaced by its catalogue words. */
    String translate(String text) {
        String out = " " + fold(text) + " ";
        for (Entry e : entries) {
            out = e.pattern.matcher(out).replaceAll(e.replacement);
        }
        return out.trim().replaceAll("\\s+", " ");
    }

    /** Lower case without diacritics: "Geräusch" and "geraeusch" differ, but "randonnée" reads as "randonnee". */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "");
    }

    private static Lexicon load() {
        List<String[]> pairs = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream("lexicon.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\t", -1);
                    if (parts.length != 2) {
                        throw new IllegalStateException("lexicon.tsv: expected phrase<TAB>words, got '" + line + "'");
                    }
                    pairs.add(new String[]{fold(parts[0].trim()), parts[1].trim()});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pairs.sort(Comparator.comparingInt((String[] p) -> -p[0].length()));
        List<Entry> entries = new ArrayList<>();
        for (String[] p : pairs) {
            entries.add(new Entry(pattern(p[0]), Matcher.quoteReplacement(" " + p[1] + " ")));
        }
        return new Lexicon(List.copyOf(entries));
    }

    private static Pattern pattern(String phrase) {
        boolean han = phrase.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        String quoted = Pattern.quote(phrase);
        return Pattern.compile(han ? quoted : "(?<![\\p{L}\\p{N}])" + quoted + "(?![\\p{L}\\p{N}])");
    }
}
