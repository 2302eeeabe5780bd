package dev.praxis.model.offline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names people use for a value a tool wants as a code: "Apple", "苹果" and "aapl" for the ticker AAPL, "SAP" for
 * SAP.DE. A pack ships them as the classpath resource {@value #RESOURCE}, one value a line:
 * {@code AAPL: Apple, apple inc, 苹果}; blank lines and lines starting with {@code #} are skipped. Names match
 * case-insensitively as whole words (also "Apple's", "Apple-Aktien"); names in Chinese characters match anywhere;
 * a one-word Latin name of six letters or more also matches typed with one slip ("Microsfot", "Nvidai").
 */
final class Aliases {

    /** Where packs put their aliases. */
    static final String RESOURCE = "META-INF/praxis/offline-aliases.txt";

    private static final Aliases DEFAULT = load(Aliases.class.getClassLoader());

    /** One name found in a text: the value it stands for and where it is. */
    record Found(String value, int start, int end) {
    }

    private record Entry(String value, String name, Pattern pattern) {
    }

    /** A name this long or longer is also found typed with one slip ("Microsfot", "Nvidai"); shorter ones are words. */
    static final int TYPO_LENGTH = 6;
    private static final Pattern WORD = Pattern.compile("\\p{IsLatin}+");

    private final List<Entry> entries;
    private final java.util.Set<String> values;

    private Aliases(List<Entry> entries) {
        this.entries = entries;
        this.values = entries.stream().map(Entry::value).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Every value a name stands for (the sample data's symbols). */
    java.util.Set<String> values() {
        return values;
    }

    /** The aliases of every resource on the class path of offline mode. */
    static Aliases standard() {
        return DEFAULT;
    }

    static Aliases load(ClassLoader loader) {
        List<Entry> entries = new ArrayList<>();
        try {
            for (URL url : Collections.list(loader.getResources(RESOURCE))) {
                read(url, entries);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new Aliases(entries);
    }

    private static void read(URL url, List<Entry> entries) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                int colon = s.indexOf(':');
                if (colon < 1) {
                    throw new IllegalStateException(url + ": expected 'VALUE: name, name', got '" + line + "'");
                }
                String value = s.substring(0, colon).strip();
                for (String name : s.substring(colon + 1).split(",")) {
                    if (!name.isBlank()) {
                        String lower = name.strip().toLowerCase(Locale.ROOT);
                        entries.add(new Entry(value, lower, pattern(lower)));
                    }
                }
            }
        }
    }

    private static Pattern pattern(String name) {
        boolean han = name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return Pattern.compile(han ? Pattern.quote(name)
                : "(?<![\\p{L}\\p{N}.])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])");
    }

    /** Words no exact name covers that are one slip away from a single-word name of {@link #TYPO_LENGTH}+ letters. */
    private List<Found> typos(String lower, List<Found> exact) {
        List<Found> found = new ArrayList<>();
        Matcher w = WORD.matcher(lower);
        while (w.find()) {
            int start = w.start();
            int end = w.end();
            String word = w.group();
            if (word.length() < TYPO_LENGTH - 1 || exact.stream().anyMatch(f -> f.start() < end && start < f.end())) {
                continue;
            }
            entries.stream().filter(e -> e.name().length() >= TYPO_LENGTH && WORD.matcher(e.name()).matches()
                    && oneSlip(word, e.name())).findFirst()
                    .ifPresent(e -> found.add(new Found(e.value(), start, end)));
        }
        return found;
    }

    /** Whether {@code a} becomes {@code b} by one inserted, dropped, changed or swapped letter. */
    static boolean oneSlip(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            boolean swapped = i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
            return swapped || a.substring(i + 1).equals(b.substring(i + 1));
        }
        return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i))
                : a.substring(i).equals(b.substring(i + 1));
    }

    /** Every alias in {@code text}, in order, longest first where two overlap. */
    List<Found> find(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<Found> all = new ArrayList<>();
        for (Entry e : entries) {
            Matcher m = e.pattern().matcher(lower);
            while (m.find()) {
                all.add(new Found(e.value(), m.start(), m.end()));
            }
        }
        all.addAll(typos(lower, all));
        all.sort(Comparator.comparingInt(Found::start).thenComparing(f -> f.start() - f.end()));
        List<Found> kept = new ArrayList<>();
        for (Found f : all) {
            if (kept.isEmpty() || f.start() >= kept.get(kept.size() - 1).end()) {
                kept.add(f);
            }
        }
        return kept;
    }
}
