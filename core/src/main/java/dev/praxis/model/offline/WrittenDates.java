package dev.praxis.model.offline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar day written out in a request, in the forms shoppers use: "March 3rd 2026", "3 March 2026",
 * "3. März 2026", "3 de marzo de 2026", "3 mars 2026", "3 marzo 2026", "2026年3月3日", as an ISO date.
 */
final class WrittenDates {

    private static final List<List<String>> MONTHS = List.of(
            List.of("jan", "januar", "jän", "enero", "janv", "gennaio"),
            List.of("feb", "februar", "febrero", "févr", "fevr", "febbraio"),
            List.of("mar", "märz", "marz", "marzo", "mars"),
            List.of("apr", "april", "abril", "avr", "aprile"),
            List.of("may", "mai", "mayo", "maggio"),
            List.of("jun", "juni", "junio", "juin", "giugno"),
            List.of("jul", "juli", "julio", "juil", "luglio"),
            List.of("aug", "august", "agosto", "août", "aout"),
            List.of("sep", "sept", "september", "septiembre", "setiembre", "septembre", "settembre"),
            List.of("oct", "okt", "oktober", "octubre", "octobre", "ottobre"),
            List.of("nov", "november", "noviembre", "novembre"),
            List.of("dec", "dez", "dezember", "diciembre", "déc", "decembre", "décembre", "dicembre"));
    private static final String MONTH = "(\\p{L}{3,10})\\.?";
    private static final Pattern MONTH_FIRST = Pattern.compile("(?iu)(?<![\\p{L}])" + MONTH
            + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    private static final Pattern DAY_FIRST = Pattern.compile("(?iu)(?<![\\d.])(\\d{1,2})(?:\\.|st|nd|rd|th|er|º)?"
            + "\\s+(?:de\\s+|of\\s+)?" + MONTH + "\\s+(?:de\\s+|del\\s+)?(\\d{4})");
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})[日号]");

    private WrittenDates() {
    }

    /** The first written day in {@code text}, as YYYY-MM-DD. */
    static Optional<String> find(String text) {
        Matcher zh = CHINESE.matcher(text);
        if (zh.find()) {
            return day(zh.group(1), Integer.parseInt(zh.group(2)), zh.group(3));
        }
        Matcher m = MONTH_FIRST.matcher(text);
        while (m.find()) {
            int month = month(m.group(1));
            if (month > 0) {
                return day(m.group(3), month, m.group(2));
            }
        }
        Matcher d = DAY_FIRST.matcher(text);
        while (d.find()) {
            int month = month(d.group(2));
            if (month > 0) {
                return day(d.group(3), month, d.group(1));
            }
        }
        return Optional.empty();
    }

    private static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.size(); i++) {
            for (String name : MONTHS.get(i)) {
                if (w.equals(name) || name.length() >= 3 && w.startsWith(name) && w.length() <= name.length() + 6
                        && MONTHS.get(i).get(0).equals(name)) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    private static Optional<String> day(String year, int month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)).toString());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
