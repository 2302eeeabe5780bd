package dev.praxis.model.offline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Example requests per tool, in every language a pack supports, for offline mode's routing. A pack (or an
 * application) ships them as the classpath resource {@value #RESOURCE}, one example a line:
 * {@code loan_payment: Was zahle ich im Monat für 200.000 € zu 3 % über 20 Jahre?}; blank lines and lines
 * starting with {@code #} are skipped. Every such resource on the classpath is read, so each jar brings its own.
 * A request is compared with the examples by character trigrams, which survives typos, word forms and scripts
 * without spaces, where the English sentence embedding of the description does not.
 */
final class ToolExamples {

    /** Where packs put their examples. */
    static final String RESOURCE = "META-INF/praxis/offline-examples.txt";

    /** The line prefix that lists the known values of a free-text parameter: {@code @values tool.param: a, b}. */
    static final String VALUES = "@values ";

    /**
     * The line prefix of a cue that names the quantity a request asks for, as a regular expression matched
     * case-insensitively: {@code @asks present_value: how much can i borrow|barwert|现值}. Figures and phrasing
     * around a question are shared by neighbouring tools (a loan's payment, its present value); the words that
     * name what is wanted are not.
     */
    static final String ASKS = "@asks ";

    /**
     * The line prefix that lends a tool the examples of others: {@code @like ask_finance: loan_payment, npv}.
     * A tool that hands a request to a specialist reads like every request the specialist's tools serve.
     */
    static final String LIKE = "@like ";

    /**
     * The line prefix of the words that perform a write, as a regular expression matched case-insensitively:
     * {@code @acts cancel_order: cancel|stornier|取消}. A tool that changes things and has such cues runs only on a
     * request that says its action; "Sendungsverfolgung Auftrag O-1012 bitte" names an order, not a cancellation.
     */
    static final String ACTS = "@acts ";

    private final Map<String, List<Map<String, Integer>>> byTool;
    private final Map<String, List<String>> values;
    private final Map<String, List<Pattern>> asks;
    private final Map<String, List<Pattern>> acts;

    private ToolExamples(Map<String, List<Map<String, Integer>>> byTool, Map<String, List<String>> values,
                         Map<String, List<Pattern>> asks, Map<String, List<Pattern>> acts) {
        this.byTool = byTool;
        this.values = values;
        this.asks = asks;
        this.acts = acts;
    }

    /** No examples at all. */
    static ToolExamples none() {
        return new ToolExamples(Map.of(), Map.of(), Map.of(), Map.of());
    }

    /** The examples of every resource on {@code loader}'s classpath. */
    static ToolExamples load(ClassLoader loader) {
        Map<String, List<Map<String, Integer>>> byTool = new HashMap<>();
        Map<String, List<String>> values = new HashMap<>();
        Map<String, List<Pattern>> asks = new HashMap<>();
        Map<String, List<Pattern>> acts = new HashMap<>();
        Map<String, List<String>> likes = new HashMap<>();
        try {
            Enumeration<URL> resources = loader.getResources(RESOURCE);
            for (URL url : Collections.list(resources)) {
                read(url, byTool, values, asks, acts, likes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        // lent after every resource is read: the tools lent from may come from another jar
        // (examples only: a specialist's cues tell its own tools apart, not one specialist from another)
        likes.forEach((tool, others) -> others.forEach(other ->
                byTool.computeIfAbsent(tool, k -> new ArrayList<>()).addAll(byTool.getOrDefault(other, List.of()))));
        return new ToolExamples(byTool, values, asks, acts);
    }

    /** Whether the request says the action of {@code tool} ({@link #ACTS}); true for a tool without such cues. */
    boolean saysAction(String request, String tool) {
        List<Pattern> cues = acts.getOrDefault(tool, List.of());
        return cues.isEmpty() || cues.stream().anyMatch(p -> p.matcher(request).find());
    }

    /** Whether the request names the action of {@code tool} by one of its {@link #ACTS} cues (none: false). */
    boolean namesAction(String request, String tool) {
        return acts.getOrDefault(tool, List.of()).stream().anyMatch(p -> p.matcher(request).find());
    }

    /** Where the request last names the quantity {@code tool} computes ({@link #ASKS}); -1 if nowhere. */
    int askedAt(String request, String tool) {
        int last = -1;
        for (Pattern p : asks.getOrDefault(tool, List.of())) {
            Matcher m = p.matcher(request);
            while (m.find()) {
                last = Math.max(last, m.start());
            }
        }
        return last;
    }

    /** The known values of a free-text parameter ({@code @values search_products.brand: ...}); empty if none. */
    List<String> values(String tool, String parameter) {
        return values.getOrDefault(tool + "." + parameter, List.of());
    }

    private static void read(URL url, Map<String, List<Map<String, Integer>>> byTool,
                             Map<String, List<String>> values, Map<String, List<Pattern>> asks,
                             Map<String, List<Pattern>> acts, Map<String, List<String>> likes) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String s = line.strip();
                int colon = s.indexOf(':');
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                // a directive's items are built only for its own lines: a cue is compiled once, an example never
                boolean directive = s.startsWith(VALUES) && directive(s, colon, VALUES, values, commaList(s, colon))
                        || s.startsWith(LIKE) && directive(s, colon, LIKE, likes, commaList(s, colon))
                        || s.startsWith(ACTS) && directive(s, colon, ACTS, acts, List.of(cue(url, after(s, colon))))
                        || s.startsWith(ASKS) && directive(s, colon, ASKS, asks, List.of(cue(url, after(s, colon))));
                if (directive) {
                    continue;
                }
                if (colon < 1) {
                    throw new IllegalStateException(url + ": expected 'tool_name: example', got '" + line + "'");
                }
                byTool.computeIfAbsent(s.substring(0, colon).strip(), k -> new ArrayList<>())
                        .add(grams(s.substring(colon + 1)));
            }
        }
    }

    /** Adds {@code items} under the tool named after {@code prefix} when the line is that directive. */
    private static <T> boolean directive(String line, int colon, String prefix, Map<String, List<T>> into,
                                         List<T> items) {
        if (!line.startsWith(prefix) || colon <= prefix.length()) {
            return false;
        }
        into.computeIfAbsent(line.substring(prefix.length(), colon).strip(), k -> new ArrayList<>()).addAll(items);
        return true;
    }

    private static String after(String line, int colon) {
        return colon < 0 ? "" : line.substring(colon + 1).strip();
    }

    private static List<String> commaList(String line, int colon) {
        return Arrays.stream(after(line, colon).split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    private static Pattern cue(URL url, String regex) {
        try {
            return Pattern.compile("(?iu)" + regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException(url + ": bad @asks pattern '" + regex + "'", e);
        }
    }

    /** Whether {@code tool} has examples. */
    boolean has(String tool) {
        return byTool.containsKey(tool);
    }

    /** The best cosine similarity of the request's trigrams with one of the tool's examples; 0 without examples. */
    double similarity(Map<String, Integer> request, String tool) {
        double best = 0;
        for (Map<String, Integer> example : byTool.getOrDefault(tool, List.of())) {
            best = Math.max(best, cosine(request, example));
        }
        return best;
    }

    /**
     * Character trigrams of the lower-cased words (digits folded to one sign, so figures do not count), and
     * character bigrams of Chinese, Japanese and Korean runs.
     */
    static Map<String, Integer> grams(String text) {
        String clean = " " + text.toLowerCase(Locale.ROOT).replaceAll("\\d+([.,]\\d+)?", "0")
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
        Map<String, Integer> grams = new HashMap<>();
        for (int i = 0; i + 2 <= clean.length(); i++) {
            char c = clean.charAt(i);
            boolean cjk = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
            int n = cjk ? 2 : 3;
            if (i + n <= clean.length()) {
                grams.merge(clean.substring(i, i + n), 1, Integer::sum);
            }
            if (cjk) {
                grams.merge(String.valueOf(c), 1, Integer::sum);
            }
        }
        return grams;
    }

    private static double cosine(Map<String, Integer> a, Map<String, Integer> b) {
        double dot = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            Integer other = b.get(e.getKey());
            if (other != null) {
                dot += e.getValue() * other;
            }
        }
        return dot == 0 ? 0 : dot / (norm(a) * norm(b));
    }

    private static double norm(Map<String, Integer> v) {
        double sum = 0;
        for (int x : v.values()) {
            sum += (double) x * x;
        }
        return Math.sqrt(sum);
    }
}
