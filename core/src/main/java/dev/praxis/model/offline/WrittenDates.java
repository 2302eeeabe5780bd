package dev.praxis.model.offline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full dates as people write them, with their place in the text: ISO "2024-01-15", US "4/15/2025", European
 * "15.01.2025" and "02/03/2025" (day first when the request is not in English, or when the first number cannot be
 * a month), month names "Jan 5 2025", "March 3rd, 2025", "3. März 2025", "5 de marzo de 2025", and Chinese
 * "2026年3月3日".
 */
final class WrittenDates {

    /** One date found: ISO form and span. */
    record Found(String iso, int start, int end) {
    }

    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.])(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})(?!\\d)");
    private static final String MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|jän|märz|mär|mai|okt|dez|"
            + "ene|abr|ago|dic|janv|févr|fév|mars|avr|juin|juil|août|déc|gen|mag|giu|lug|ott|dic|set";
    private static final Pattern MONTH_FIRST = Pattern.compile("(?iu)(?<![\\p{L}])(" + MONTHS + ")\\p{L}*\\.?\\s+"
            + "(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");
    private static final Pattern DAY_FIRST = Pattern.compile("(?iu)(?<!\\d)(\\d{1,2})\\.?\\s+(?:de\\s+)?(" + MONTHS
            + ")\\p{L}*\\.?\\s+(?:de\\s+)?(\\d{4})(?!\\d)");
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})[日号]");
    private static final Pattern NOT_ENGLISH = Pattern.compile("[äöüßéèêáíóúñçàìòù€]|(?i)\\b(?:der|die|und|el|los|"
            + "las|les|des|il|gli|della|estos|meine)\\b");

    private WrittenDates() {
    }

    /** Every full date in {@code text}, in order. */
    static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        Matcher iso = ISO.matcher(text);
        while (iso.find()) {
            add(found, iso.start(), iso.end(), num(iso, 1), num(iso, 2), num(iso, 3));
        }
        Matcher zh = CHINESE.matcher(text);
        while (zh.find()) {
            add(found, zh.start(), zh.end(), num(zh, 1), num(zh, 2), num(zh, 3));
        }
        boolean dayFirst = NOT_ENGLISH.matcher(text).find();
        Matcher n = NUMERIC.matcher(text);
        while (n.find()) {
            int a = num(n, 1);
            int b = num(n, 3);
            boolean dmy = n.group(2).equals(".") || a > 12 || dayFirst && b <= 12;
            add(found, n.start(), n.end(), num(n, 4), dmy ? b : a, dmy ? a : b);
        }
        Matcher mf = MONTH_FIRST.matcher(text);
        while (mf.find()) {
            add(found, mf.start(), mf.end(), num(mf, 3), month(mf.group(1)), num(mf, 2));
        }
        Matcher df = DAY_FIRST.matcher(text);
        while (df.find()) {
            add(found, df.start(), df.end(), num(df, 3), month(df.group(2)), num(df, 1));
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    /** The first full date in {@code text}, as YYYY-MM-DD. */
    static Optional<String> first(String text) {
        return find(text).stream().findFirst().map(Found::iso);
    }

    private static void add(List<Found> found, int start, int end, int year, int month, int day) {
        if (month < 1 || found.stream().anyMatch(f -> start < f.end() && end > f.start())) {
            return;
        }
        try {
            found.add(new Found(LocalDate.of(year, month, day).toString(), start, end));
        } catch (DateTimeException notADate) {
            // "31/02/2025" or a version number: not a date
        }
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** 1 to 12 for a month name's first letters in English, German, Spanish, French or Italian; 0 if unknown. */
    static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String[][] names = {{"jan", "jän", "ene", "gen"}, {"feb", "fév"}, {"mar", "mär"}, {"apr", "abr", "avr"},
                {"may", "mai", "mag"}, {"jun", "juin", "giu"}, {"jul", "juil", "lug"}, {"aug", "ago", "août"},
                {"sep", "set"}, {"oct", "okt", "ott"}, {"nov"}, {"dec", "dez", "dic", "déc"}};
        for (int i = 0; i < names.length; i++) {
            for (String prefix : names[i]) {
                if (n.startsWith(prefix)) {
                    return i + 1;
                }
            }
        }
        return 0;
    }
}
