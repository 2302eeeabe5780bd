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
    /** The first letters of month names in English, German, Spanish, French and Italian ({@link #month}). */
    static final String MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|jän|märz|mär|mai|okt|dez|"
            + "ene|abr|ago|dic|janv|févr|fév|mars|avr|juin|juil|août|déc|gen|mag|giu|lug|ott|dic|set";
    private static final Pattern MONTH_FIRST = Pattern.compile("(?iu)(?<![\\p{L}])(" + MONTHS + ")\\p{L}*\\.?\\s+"
            + "(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");
    private static final Pattern DAY_FIRST = Pattern.compile("(?iu)(?<!\\d)(\\d{1,2})(?:er|º|°|st|nd|rd|th)?\\.?\\s+(?:de\\s+)?(" + MONTHS
            + ")\\p{L}*\\.?\\s+(?:de\\s+)?(\\d{4})(?!\\d)");
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})[日号]");
    /** "Feb 3 to Feb 7, 2025", "March 3-14, 2025": the year (and perhaps the month) written once, after the end. */
    private static final Pattern RANGE_MONTH_FIRST = Pattern.compile("(?iu)(?<![\\p{L}])(" + MONTHS + ")\\p{L}*\\.?\\s+"
            + "(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:to|through|thru|until|till|-|–)\\s*(?:(" + MONTHS + ")\\p{L}*\\.?\\s+)?"
            + "(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");
    /** "3. März bis 14. März 2025", "vom 3. bis 14. März 2025", "del 1 al 15 de abril de 2025", "dal 1 al 31 luglio 2025". */
    private static final Pattern RANGE_DAY_FIRST = Pattern.compile("(?iu)(?<![\\d.,])(\\d{1,2})(?:er|º|°)?\\.?\\s*(?:(?:de\\s+)?("
            + MONTHS + ")\\p{L}*\\.?\\s*)?(?:bis(?: zum)?|al|au|to|till|until|through|thru|hasta(?: el)?|jusqu'au|"
            + "fino al|-|–)\\s*(\\d{1,2})\\.?\\s+(?:de\\s+)?(" + MONTHS
            + ")\\p{L}*\\.?,?\\s+(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)");
    /** "2025年1月2日到1月31日", "2025年3月1日至15日". */
    private static final Pattern RANGE_CHINESE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})[日号]?\\s*(?:到|至|-|~|—)"
            + "\\s*(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})[日号]");
    private static final Pattern NOT_ENGLISH = Pattern.compile("[äöüßéèêáíóúñçàìòù€]|(?i)\\b(?:der|die|und|el|los|"
            + "las|les|des|il|gli|della|estos|meine|mis|mi|por|para|gastos|movimientos|del|pour|mes|du|une|"
            + "dépenses|dei|delle|degli|miei|mie|per|spese|bitte|meinen|meiner|von|auf|ich|ausgaben|buchungen|sono|questi|"
            + "queste|ho|mio|mia|tra|ces|ceux|mis|tus|sus|estas|esos|resumen|movimientos)\\b");

    private static final Pattern DAY_FIRST_MONEY = Pattern.compile("[£₦₹€]|(?iu)(?<![\\p{L}])(?:naira|rand|rupees?|lakhs?|"
            + "pounds?|quid|gbp|ngn|zar|inr|eur|euros?|aud|nzd)(?![\\p{L}])");

    private WrittenDates() {
    }

    /** Every full date in {@code text}, in order. */
    static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        ranges(text, found);
        Matcher iso = ISO.matcher(text);
        while (iso.find()) {
            add(found, iso.start(), iso.end(), num(iso, 1), num(iso, 2), num(iso, 3));
        }
        Matcher zh = CHINESE.matcher(text);
        while (zh.find()) {
            add(found, zh.start(), zh.end(), num(zh, 1), num(zh, 2), num(zh, 3));
        }
        boolean dayFirst = dayFirst(text);
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

    /** Ranges whose first date is written short ("Feb 3 to Feb 7, 2025"): both ends, each with its own span. */
    private static void ranges(String text, List<Found> found) {
        Matcher en = RANGE_MONTH_FIRST.matcher(text);
        while (en.find()) {
            int m1 = month(en.group(1));
            int m2 = en.group(3) == null ? m1 : month(en.group(3));
            add(found, en.start(), en.end(2), num(en, 5), m1, num(en, 2));
            add(found, en.group(3) == null ? en.start(4) : en.start(3), en.end(), num(en, 5), m2, num(en, 4));
        }
        Matcher eu = RANGE_DAY_FIRST.matcher(text);
        while (eu.find()) {
            int m2 = month(eu.group(4));
            int m1 = eu.group(2) == null ? m2 : month(eu.group(2));
            add(found, eu.start(), eu.group(2) == null ? eu.end(1) : eu.end(2), num(eu, 5), m1, num(eu, 1));
            add(found, eu.start(3), eu.end(), num(eu, 5), m2, num(eu, 3));
        }
        Matcher zh = RANGE_CHINESE.matcher(text);
        while (zh.find()) {
            int year = num(zh, 1);
            add(found, zh.start(), zh.end(3), year, num(zh, 2), num(zh, 3));
            add(found, zh.end(3), zh.end(), zh.group(4) == null ? year : num(zh, 4),
                    zh.group(5) == null ? num(zh, 2) : num(zh, 5), num(zh, 6));
        }
    }

    /**
     * Whether numeric dates in {@code text} are day first: the request is not in English, or it counts money where
     * dates are written day first (pounds, euros, naira, rand, rupees; "02/11/2026 ... all in naira").
     */
    static boolean dayFirst(String text) {
        return NOT_ENGLISH.matcher(text).find() || DAY_FIRST_MONEY.matcher(text).find();
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
