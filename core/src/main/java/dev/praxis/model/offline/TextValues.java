package dev.praxis.model.offline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The non-numeric values a request mentions: enum values (by name or a common synonym, with "from"/"to"
 * deciding which of two currencies goes where), dates, identifiers, tickers, e-mail addresses, quoted or
 * "for ..." phrases, and yes/no flags.
 */
final class TextValues {

    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("dollars", "USD"), Map.entry("dollar", "USD"), Map.entry("bucks", "USD"),
            Map.entry("euros", "EUR"), Map.entry("euro", "EUR"), Map.entry("pounds", "GBP"),
            Map.entry("pound", "GBP"), Map.entry("sterling", "GBP"), Map.entry("yen", "JPY"),
            Map.entry("francs", "CHF"), Map.entry("franc", "CHF"), Map.entry("yuan", "CNY"),
            Map.entry("renminbi", "CNY"), Map.entry("rupees", "INR"), Map.entry("rupee", "INR"),
            Map.entry("$", "USD"), Map.entry("€", "EUR"), Map.entry("£", "GBP"), Map.entry("¥", "JPY"));
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");
    private static final Pattern WORD_DATE = Pattern.compile("(?i)\\b((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov"
            + "|dec)[a-z]*\\.? \\d{1,2},? \\d{4})\\b");
    private static final Pattern TICKER = Pattern.compile("\\b([A-Z]{1,5}(?:\\.[A-Z])?)\\b");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");
    private static final Set<String> ISO_CODES = java.util.Currency.getAvailableCurrencies().stream()
            .map(java.util.Currency::getCurrencyCode).collect(java.util.stream.Collectors.toSet());
    private static final Set<String> NOT_TICKERS = Set.of("I", "A", "AN", "THE", "AND", "OR", "TO", "IN", "OF",
            "ON", "MY", "ME", "IS", "IT", "FOR", "USD", "EUR", "GBP", "JPY", "CHF", "CNY", "ID", "OK", "APR", "ETF",
            "FX", "PLEASE", "WHAT", "HOW", "BUY", "SELL");

    private final String text;
    private final String lower;
    private final Set<Integer> claimed = new HashSet<>();
    private final Set<String> claimedTickers = new HashSet<>();
    private final Identifiers identifiers;

    TextValues(String text) {
        this.text = text;
        this.lower = text.toLowerCase(Locale.ROOT);
        this.identifiers = new Identifiers(text);
    }

    private record Hit(String value, int start) {
    }

    Optional<String> enumValue(String name, List<String> allowed) {
        List<Hit> hits = enumHits(allowed);
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        String n = name.toLowerCase(Locale.ROOT);
        boolean target = n.matches(".*(^to_|_to$|^to$|target|quote|into|dest|buy).*");
        boolean source = n.matches(".*(from|source|base|sell).*");
        Hit chosen = null;
        if (target) {
            chosen = hits.stream().filter(h -> precededBy(h.start, "to", "into", "in")).findFirst()
                    .orElse(hits.stream().filter(h -> !nextToNumber(h) && !precededBy(h.start, "from"))
                            .reduce((a, b) -> b).orElse(hits.get(hits.size() - 1)));
        } else if (source) {
            chosen = hits.stream().filter(h -> precededBy(h.start, "from")).findFirst()
                    .orElse(hits.stream().filter(h -> nextToNumber(h) && !precededBy(h.start, "to", "into", "in"))
                            .findFirst()
                            .orElse(hits.stream().filter(h -> !precededBy(h.start, "to", "into", "in")).findFirst()
                                    .orElse(hits.get(0))));
        }
        if (chosen == null) {
            chosen = hits.get(0);
        }
        claimed.add(chosen.start);
        return Optional.of(chosen.value);
    }

    List<String> enumValues(List<String> allowed) {
        return enumHits(allowed).stream().map(Hit::value).distinct().toList();
    }

    private List<Hit> enumHits(List<String> allowed) {
        List<Hit> hits = new ArrayList<>();
        for (String value : allowed) {
            for (String variant : List.of(value, value.replace('_', ' '), value.replace('_', '-'))) {
                find(variant.toLowerCase(Locale.ROOT), value, hits);
            }
        }
        SYNONYMS.forEach((word, code) -> allowed.stream().filter(v -> v.equalsIgnoreCase(code))
                .findFirst().ifPresent(v -> find(word, v, hits)));
        hits.removeIf(h -> claimed.contains(h.start));
        hits.sort(Comparator.comparingInt(Hit::start));
        List<Hit> unique = new ArrayList<>();
        for (Hit h : hits) {
            if (unique.isEmpty() || unique.get(unique.size() - 1).start != h.start) {
                unique.add(h);
            }
        }
        return unique;
    }

    private void find(String needle, String value, List<Hit> hits) {
        boolean symbol = needle.length() == 1 && !Character.isLetterOrDigit(needle.charAt(0));
        Pattern p = Pattern.compile(symbol ? Pattern.quote(needle)
                : "(?<![\\w])" + Pattern.quote(needle) + "(?:s|es|ing|ed)?(?![\\w])");
        Matcher m = p.matcher(lower);
        while (m.find()) {
            hits.add(new Hit(value, m.start()));
        }
    }

    /** Whether the mention is the unit of an amount: "100 USD", "$100". */
    private boolean nextToNumber(Hit hit) {
        String before = lower.substring(Math.max(0, hit.start - 4), hit.start).stripTrailing();
        boolean afterNumber = !before.isEmpty() && Character.isDigit(before.charAt(before.length() - 1));
        int after = hit.start + 1;
        boolean symbolBeforeNumber = after < lower.length() && !Character.isLetter(lower.charAt(hit.start))
                && Character.isDigit(lower.charAt(after));
        return afterNumber || symbolBeforeNumber;
    }

    private boolean precededBy(int start, String... words) {
        String before = lower.substring(Math.max(0, start - 8), start).trim();
        for (String w : words) {
            if (before.endsWith(" " + w) || before.equals(w)) {
                return true;
            }
        }
        return false;
    }

    Optional<Boolean> flag(String name) {
        String phrase = name.replace('_', ' ').toLowerCase(Locale.ROOT);
        int at = lower.indexOf(phrase);
        if (at < 0) {
            return Optional.empty();
        }
        String before = lower.substring(Math.max(0, at - 12), at);
        return Optional.of(!(before.contains("no ") || before.contains("not ") || before.contains("without ")));
    }

    Optional<String> string(String name, String description) {
        String n = name.toLowerCase(Locale.ROOT);
        String d = description == null ? "" : description.toLowerCase(Locale.ROOT);
        if (n.contains("currency") || d.contains("iso-4217")) {
            return enumValue(name, currenciesMentioned());
        }
        if (n.contains("date") || n.equals("as_of") || d.contains("iso date") || d.contains("yyyy-mm-dd")) {
            return date(n);
        }
        if (n.contains("email")) {
            return first(EMAIL, 0);
        }
        if (n.matches(".*(ticker|symbol).*")) {
            Optional<String> ticker = tickers().stream().filter(t -> !claimedTickers.contains(t)).findFirst();
            ticker.ifPresent(claimedTickers::add);
            return ticker;
        }
        if (n.endsWith("id") || n.matches(".*(sku|code|reference|number|tracking|account).*")) {
            return identifiers.find(description, n.contains("code"));
        }
        List<String> examples = exampleList(description);
        if (!examples.isEmpty()) {
            return enumValue(name, examples);
        }
        if (n.matches(".*(query|search|keyword|question|reason|text|message|term).*")) {
            Optional<String> phrase = Phrases.find(text);
            return phrase.isPresent() || !n.contains("question") ? phrase : Optional.of(text.strip());
        }
        return Optional.empty();
    }

    /** The values listed after "e.g." in a description: "Category, e.g. Footwear, Apparel, Outdoor". */
    static List<String> exampleList(String description) {
        if (description == null) {
            return List.of();
        }
        Matcher m = Pattern.compile("e\\.g\\.\\s+([A-Z][\\w]*(?:,\\s*[A-Z][\\w]*)+)").matcher(description);
        return m.find() ? List.of(m.group(1).split(",\\s*")) : List.of();
    }

    List<String> list(String name, String itemDescription) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.matches(".*(ticker|symbol).*")) {
            return tickers();
        }
        if (n.endsWith("ids")) {
            List<String> ids = new ArrayList<>();
            for (Optional<String> id = identifiers.find(itemDescription, false); id.isPresent();
                 id = identifiers.find(itemDescription, false)) {
                ids.add(id.get());
            }
            return ids;
        }
        return string(name, itemDescription).map(List::of).orElse(List.of());
    }

    /** ISO codes written in capitals, and currencies named by word or symbol. */
    private List<String> currenciesMentioned() {
        Set<String> codes = new LinkedHashSet<>();
        Matcher m = Pattern.compile("\\b([A-Z]{3})\\b").matcher(text);
        while (m.find()) {
            if (ISO_CODES.contains(m.group(1))) {
                codes.add(m.group(1));
            }
        }
        SYNONYMS.forEach((word, code) -> {
            if (lower.contains(word)) {
                codes.add(code);
            }
        });
        return List.copyOf(codes);
    }

    private Optional<String> date(String name) {
        List<Hit> dates = new ArrayList<>();
        Matcher iso = ISO_DATE.matcher(text);
        while (iso.find()) {
            dates.add(new Hit(iso.group(1), iso.start()));
        }
        Matcher word = WORD_DATE.matcher(text);
        while (word.find()) {
            int at = word.start();
            parseWordDate(word.group(1)).ifPresent(d -> dates.add(new Hit(d, at)));
        }
        dates.removeIf(h -> claimed.contains(h.start));
        dates.sort(Comparator.comparingInt(Hit::start));
        if (dates.isEmpty()) {
            return Optional.empty();
        }
        boolean end = name.matches(".*(end|_to|until|last).*");
        if (end && dates.size() == 1 && !precededBy(dates.get(0).start, "to", "until", "through", "before")) {
            return Optional.empty();
        }
        Hit chosen = end ? dates.get(dates.size() - 1) : dates.get(0);
        claimed.add(chosen.start);
        return Optional.of(chosen.value);
    }

    private static Optional<String> parseWordDate(String written) {
        String cleaned = written.replace(",", "").replace(".", "");
        for (String pattern : List.of("MMMM d yyyy", "MMM d yyyy")) {
            try {
                return Optional.of(LocalDate.parse(cleaned, DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH))
                        .toString());
            } catch (DateTimeParseException ignored) {
                // try the next spelling
            }
        }
        return Optional.empty();
    }

    private List<String> tickers() {
        List<String> out = new ArrayList<>();
        Matcher m = TICKER.matcher(text);
        while (m.find()) {
            if (!NOT_TICKERS.contains(m.group(1)) && !out.contains(m.group(1))) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    private Optional<String> first(Pattern pattern, int group) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(group)) : Optional.empty();
    }
}
