package dev.praxis.model.offline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The typed values a request mentions, each with its position: money, percentages, durations and plain
 * numbers, found by patterns. Each mention can be claimed by one parameter only.
 */
final class Mentions {

    enum Kind { MONEY, PERCENT, DURATION, NUMBER }

    /** One value found in the text; {@code unit} is the duration unit (months, years...) when there is one. */
    static final class Mention {
        final Kind kind;
        final BigDecimal value;
        final String unit;
        final int start;
        final int end;
        boolean used;
        /** Part of a list of three or more numbers ("-1000, 300, 400"): only a list parameter takes it. */
        boolean inList;

        Mention(Kind kind, BigDecimal value, String unit, int start, int end) {
            this.kind = kind;
            this.value = value;
            this.unit = unit;
            this.start = start;
            this.end = end;
        }
    }

    private static final String NUM = "(\\d[\\d,]*(?:\\.\\d+)?|\\.\\d+)";
    private static final String SCALE = "(?:\\s*(k|thousand|m|mm|mn|million|bn|billion)\\b)?";
    private static final Pattern PERCENT = Pattern.compile(NUM + "\\s*(%|percent\\b|pct\\b|per cent\\b)");
    private static final Pattern DURATION = Pattern.compile(NUM
            + "\\s*-?\\s*(years?|yrs?|months?|mos?|weeks?|wks?|days?)\\b");
    private static final Pattern MONEY_SYMBOL = Pattern.compile("([$€£¥])\\s?" + NUM + SCALE);
    private static final Pattern MONEY_WORD = Pattern.compile(NUM + SCALE
            + "\\s*(usd|eur|gbp|jpy|chf|cad|aud|cny|inr|dollars?|euros?|pounds?|yen|bucks)\\b");
    /** A plain number; not a part of a date ("3/1/2022") or an identifier. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.\\-/])" + NUM + SCALE + "(?![\\w-]*\\d)(?!/\\d)");

    private static final Pattern SIGNED = Pattern.compile("(?<![\\w.])\\$?(-?\\d+(?:,\\d{3})*(?:\\.\\d+)?)"
            + "(?:\\s*(k|m|thousand|million)\\b)?%?");
    /** Between listed figures: a comma or "and", after an optional "now"/"today" that dates the first of them. */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:(?:now|today|upfront|up front|at the start|"
            + "heute|jetzt|sofort|hoy|ahora|al inicio|aujourd'hui|maintenant|oggi|subito|ora|现在|今天|一开始)\\s*)?"
            + "(?:,|;|、|/|\\||,?\\s*(?:and|und|y|e|et|then|dann|danach|luego|después|despues|puis|ensuite|poi|followed by|"
            + "and then|, then|和|然后|之后))*\\s*");

    private static final Pattern TIME_AFTER = Pattern.compile("\\s*-?\\s*(?:years?|yrs?|months?|weeks?|days?)\\b");

    private final List<Mention> all = new ArrayList<>();
    private final String lower;

    Mentions(String text) {
        lower = text.toLowerCase(Locale.ROOT);
        collect(PERCENT, lower, Kind.PERCENT, 1, -1, 0);
        collect(DURATION, lower, Kind.DURATION, 1, -1, 2);
        collect(MONEY_SYMBOL, lower, Kind.MONEY, 2, 3, 0);
        collect(MONEY_WORD, lower, Kind.MONEY, 1, 2, 0);
        collect(NUMBER, lower, Kind.NUMBER, 1, 2, 0);
        all.sort((a, b) -> Integer.compare(a.start, b.start));
        int[] span = listSpan();
        for (Mention m : all) {
            m.inList = span != null && m.start >= span[0] && m.start < span[1];
        }
    }

    /** Start and end of the longest run of three or more listed numbers, or null. */
    private int[] listSpan() {
        Matcher m = SIGNED.matcher(lower);
        int[] best = null;
        int bestCount = 0;
        int runStart = -1;
        int count = 0;
        int lastEnd = -1;
        boolean lastPercent = false;
        while (m.find()) {
            if (countsTime(m.end())) {
                count = 0;
                lastEnd = -1;
                continue;
            }
            boolean percent = m.group().endsWith("%");
            boolean continues = lastEnd >= 0 && (percent == lastPercent || percent && !lastPercent && count >= 2)
                    && LIST_SEPARATOR.matcher(lower.substring(lastEnd, m.start())).matches();
            lastPercent = percent;
            if (!continues) {
                runStart = m.start();
                count = 0;
            }
            count++;
            lastEnd = m.end();
            if (count >= 3 && count > bestCount) {
                bestCount = count;
                best = new int[]{runStart, lastEnd};
            }
        }
        return best;
    }

    /** Whether two different calendar years are named ("2021 ... 2025"): then each is a label, not an amount. */
    private boolean twoYears() {
        return all.stream().filter(x -> x.kind == Kind.NUMBER && x.value.scale() <= 0 && x.value.intValue() >= 1900
                && x.value.intValue() <= 2100).map(x -> x.value.intValue()).distinct().count() >= 2;
    }

    /** Whether a duration unit follows {@code end}: the figure before it counts time, not money. */
    private boolean countsTime(int end) {
        return TIME_AFTER.matcher(lower).region(end, lower.length()).lookingAt();
    }

    private void collect(Pattern pattern, String text, Kind kind, int numberGroup, int scaleGroup, int unitGroup) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (overlaps(m.start(), m.end()) || looksLikeDateOrId(text, m.start(), m.end())) {
                continue;
            }
            BigDecimal value = parse(m.group(numberGroup), scaleGroup > 0 ? m.group(scaleGroup) : null);
            if (value == null) {
                continue;
            }
            String unit = unitGroup > 0 ? normaliseUnit(m.group(unitGroup)) : null;
            all.add(new Mention(kind, value, unit, m.start(), m.end()));
        }
    }

    private boolean overlaps(int start, int end) {
        return all.stream().anyMatch(x -> start < x.end && end > x.start);
    }

    private static boolean looksLikeDateOrId(String text, int start, int end) {
        boolean dashBefore = start > 0 && (text.charAt(start - 1) == '-' || text.charAt(start - 1) == '#');
        boolean dashAfter = end < text.length() && text.charAt(end) == '-' && end + 1 < text.length()
                && Character.isDigit(text.charAt(end + 1));
        return dashBefore || dashAfter;
    }

    static BigDecimal parse(String number, String scale) {
        try {
            BigDecimal value = new BigDecimal(number.replace(",", ""));
            if (scale == null) {
                return value;
            }
            return switch (scale) {
                case "k", "thousand" -> value.multiply(BigDecimal.valueOf(1_000));
                case "m", "mm", "mn", "million" -> value.multiply(BigDecimal.valueOf(1_000_000));
                case "bn", "billion" -> value.multiply(BigDecimal.valueOf(1_000_000_000));
                default -> value;
            };
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String normaliseUnit(String unit) {
        if (unit.startsWith("y")) {
            return "years";
        }
        if (unit.startsWith("mo")) {
            return "months";
        }
        if (unit.startsWith("w")) {
            return "weeks";
        }
        return "days";
    }

    /** The first unused mention of {@code kind}, claimed. */
    Mention take(Kind kind) {
        for (Mention m : all) {
            if (!m.used && !m.inList && m.kind == kind) {
                m.used = true;
                return m;
            }
        }
        return null;
    }

    /** A calendar year written as a label: "en 2021", "in 2024", "Umsatz 2020:". */
    private static final Pattern YEAR_LABEL = Pattern.compile("(?:(?:in|en|im|nel|du|de|of|year|jahr|año|anno)\\s+)$");

    /**
     * The first unused amount, money or plain, in the order written, claimed; calendar years written as labels
     * ("120.000 en 2021") are skipped. Two amounts of one request ("von 80.000 auf 112.500 Euro") keep their order
     * even when only one names its currency.
     */
    Mention takeFirstAmount() {
        for (Mention m : all) {
            if (m.used || m.inList || m.kind != Kind.NUMBER && m.kind != Kind.MONEY) {
                continue;
            }
            boolean yearLike = m.kind == Kind.NUMBER && m.value.scale() <= 0 && m.value.intValue() >= 1900
                    && m.value.intValue() <= 2100;
            String before = lower.substring(Math.max(0, m.start - 8), m.start);
            boolean label = yearLike && (YEAR_LABEL.matcher(before).find() || twoYears()
                    || lower.substring(m.end).matches("(?s)^\\s+\\d.*")
                    || lower.startsWith(":", m.end) || lower.startsWith(" :", m.end));
            if (!label) {
                m.used = true;
                return m;
            }
        }
        return null;
    }

    /** The first unused mention of {@code kind} between {@code min} and {@code max}, claimed. */
    Mention takeWithin(Kind kind, BigDecimal min, BigDecimal max) {
        for (Mention m : all) {
            if (!m.used && !m.inList && m.kind == kind && m.value.compareTo(min) >= 0 && m.value.compareTo(max) <= 0) {
                m.used = true;
                return m;
            }
        }
        return null;
    }

    /** The first unused mention of {@code kind} no larger than {@code max} in size, claimed. */
    Mention takeAtMost(Kind kind, BigDecimal max) {
        for (Mention m : all) {
            if (!m.used && !m.inList && m.kind == kind && m.value.abs().compareTo(max) <= 0) {
                m.used = true;
                return m;
            }
        }
        return null;
    }

    /**
     * The first unused money or plain number written right after one of {@code cues} ("under $100"),
     * claimed.
     */
    Mention takeAfterCue(List<String> cues) {
        for (Mention m : all) {
            if (m.used || (m.kind != Kind.NUMBER && m.kind != Kind.MONEY)) {
                continue;
            }
            String before = lower.substring(Math.max(0, m.start - 16), m.start).strip();
            if (cues.stream().anyMatch(cue -> endsWithWord(before, cue))) {
                m.used = true;
                return m;
            }
        }
        return null;
    }

    /** Whether {@code text} ends with {@code cue} as a whole word: "compra" does not end with the cue "a". */
    private static boolean endsWithWord(String text, String cue) {
        int at = text.length() - cue.length();
        return text.endsWith(cue) && (at == 0 || !Character.isLetter(cue.charAt(0))
                || !Character.isLetter(text.charAt(at - 1)));
    }

    /** The first unused money or plain number followed by one of {@code cues} ("200 a month"), claimed. */
    Mention takeFollowedBy(List<String> cues) {
        for (Mention m : all) {
            if (m.used || (m.kind != Kind.NUMBER && m.kind != Kind.MONEY)) {
                continue;
            }
            String after = lower.substring(m.end, Math.min(lower.length(), m.end + 32)).strip();
            // one word may stand between the figure and its cue: "$2,000 received each month", "700 € versés par mois"
            String skipped = after.replaceFirst("^\\p{L}+\\s+", "");
            if (cues.stream().anyMatch(c -> after.startsWith(c) || skipped.startsWith(c))) {
                m.used = true;
                return m;
            }
        }
        return null;
    }

    /**
     * The first unused money or plain number written shortly after one of {@code cues} ("monatlich höchstens
     * 1.400 €", "每个月最多能还6000块"), with no other figure in between, claimed.
     */
    Mention takePrecededBy(List<String> cues) {
        int previousEnd = 0;
        for (Mention m : all) {
            String before = lower.substring(Math.max(previousEnd, m.start - 24), m.start);
            previousEnd = m.end;
            if (!m.used && !m.inList && (m.kind == Kind.NUMBER || m.kind == Kind.MONEY)
                    && cues.stream().anyMatch(before::contains)) {
                m.used = true;
                return m;
            }
        }
        return null;
    }

    /** The normalised, lower-case text the mentions were read from. */
    String text() {
        return lower;
    }

    /** Where the longest listed run starts, or -1 without one. */
    int listStart() {
        return all.stream().filter(m -> m.inList).mapToInt(m -> m.start).min().orElse(-1);
    }

    /** Marks every mention inside {@code [start, end)} as used: a phrase already read as a whole. */
    void claim(int start, int end) {
        all.stream().filter(m -> m.start >= start && m.start < end).forEach(m -> m.used = true);
    }

    /** The longest run of two or more numbers separated by commas or "and" ("-1000, 300, 400"). */
    List<BigDecimal> numberList() {
        Matcher m = SIGNED.matcher(lower);
        List<Listed> best = List.of();
        List<Listed> run = new ArrayList<>();
        int lastEnd = -1;
        boolean lastPercent = false;
        while (m.find()) {
            if (countsTime(m.end())) {
                // "danach 4 years lang je 25000": a count of years is no listed amount, and ends the run
                run = new ArrayList<>();
                lastEnd = -1;
                continue;
            }
            BigDecimal value = parse(m.group(1), m.group(2));
            boolean percent = m.group().endsWith("%");
            // "2.1, -1.4, 0.6 percent": a unit written once after the last item is the whole list's
            boolean continues = lastEnd >= 0 && (percent == lastPercent || percent && !lastPercent && run.size() >= 2)
                    && LIST_SEPARATOR.matcher(lower.substring(lastEnd, m.start())).matches();
            lastPercent = percent;
            if (!continues) {
                run = new ArrayList<>();
            }
            if (value != null) {
                run.add(new Listed(value, m.group(2)));
            }
            if (run.size() > best.size()) {
                best = List.copyOf(run);
            }
            lastEnd = m.end();
        }
        if (best.size() < 2) {
            return List.of();
        }
        all.stream().filter(x -> x.inList).forEach(x -> x.used = true);
        return scaledOnce(best);
    }

    /** A listed figure and the scale word written with it, if any. */
    private record Listed(BigDecimal value, String scale) {
    }

    /**
     * "60, 80, 90 y 110 millones": a scale written once after the last figure is every bare figure's, as a unit
     * written once is ({@link #numberList}); figures that carry their own scale keep it.
     */
    private static List<BigDecimal> scaledOnce(List<Listed> listed) {
        String last = listed.get(listed.size() - 1).scale();
        boolean bareBefore = listed.subList(0, listed.size() - 1).stream().anyMatch(l -> l.scale() == null);
        return listed.stream().map(l -> last != null && bareBefore && l.scale() == null
                ? parse(l.value().toPlainString(), last) : l.value()).toList();
    }
    /** How many figures no parameter took. */
    int unusedCount() {
        return (int) all.stream().filter(m -> !m.used).count();
    }

    /** The largest unused money or plain number, claimed (amounts are usually the biggest figure). */
    Mention takeLargest() {
        Mention best = null;
        for (Mention m : all) {
            if (!m.used && !m.inList && (m.kind == Kind.NUMBER || m.kind == Kind.MONEY)
                    && (best == null || m.value.compareTo(best.value) > 0)) {
                best = m;
            }
        }
        if (best != null) {
            best.used = true;
        }
        return best;
    }

    /** The smallest unused whole plain number, claimed. */
    Mention takeSmallestWhole() {
        Mention best = null;
        for (Mention m : all) {
            boolean whole = m.value.stripTrailingZeros().scale() <= 0;
            if (!m.used && !m.inList && m.kind == Kind.NUMBER && whole
                    && (best == null || m.value.compareTo(best.value) < 0)) {
                best = m;
            }
        }
        if (best != null) {
            best.used = true;
        }
        return best;
    }
}
