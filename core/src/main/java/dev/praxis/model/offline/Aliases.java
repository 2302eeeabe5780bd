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
 * case-insensitively as whole words (also "Apple's", "Apple-Aktien"); names in Chinese characters match anywhere.
 */
final class Aliases {

    /** Where packs put their aliases. */
    static final String RESOURCE = "META-INF/praxis/offline-aliases.txt";

    private static final Aliases DEFAULT = load(Aliases.class.getClassLoader());

    /** One name found in a text: the value it stands for and where it is. */
    record Found(String value, int start, int end) {
    }

    private record Entry(String value, Pattern pattern) {
    }

    private final List<Entry> entries;

    private Aliases(List<Entry> entries) {
        this.entries = entries;
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
                        entries.add(new Entry(value, pattern(name.strip().toLowerCase(Locale.ROOT))));
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
