package dev.praxis.model.offline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Statement lines typed without a year ("11/02 Netflix 15.49, 11/05 Spotify 10.99", "2 Nov Tesco £23.40", "05/10
 * proveedor 320", "11月2日 电费 200"): each day is given the year of its latest occurrence on or before today, as a
 * person reading their own recent spending would, and written in ISO form so that the rest of offline mode reads
 * it as a full date. Only a list (two or more such days) is completed: a single day without a year ("return it on
 * 20 December") may as well lie ahead, so it is left as written, and so is a request that writes full dates.
 */
final class YearlessDates {

    /** "11/02", "9/14", "02.11." (a dot date ends with its own dot, so that "5.5" stays a decimal). */
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d./,-])(\\d{1,2})(?:/(\\d{1,2})(?![\\d/.]\\d|\\d)|"
            + "\\.(\\d{1,2})\\.(?!\\d))");
    private static final Pattern DAY_MONTH = Pattern.compile("(?iu)(?<![\\d.,/])(\\d{1,2})(?:er|º|°|st|nd|rd|th)?\\.?"
            + "\\s+(?:de\\s+)?(" + WrittenDates.MONTHS + ")\\p{L}*\\.?(?!\\s*(?:de\\s+)?\\d{4})(?![\\p{L}])");
    private static final Pattern MONTH_DAY = Pattern.compile("(?iu)(?<![\\p{L}])(" + WrittenDates.MONTHS + ")\\p{L}*\\.?\\s+"
            + "(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\d])(?![.,:]\\d)(?!,?\\s+\\d{4})");
    private static final Pattern FIGURE = Pattern.compile("\\d");
    private static final Pattern CHINESE = Pattern.compile("(?<![\\d年])(\\d{1,2})月(\\d{1,2})[日号]");

    /** A day found: its span and two numbers, day then month where {@code fixed}, else in the order written. */
    private record Day(int start, int end, int first, int second, boolean fixed) {
    }

    private YearlessDates() {
    }

    /** {@code text} with each day of a typed-out list written as an ISO date no later than {@code today}. */
    static String complete(String text, LocalDate today) {
        List<Day> days = days(text);
        if (days.size() < 2 || !WrittenDates.find(text).isEmpty() || !eachHasAFigure(text, days)) {
            // one day alone may lie ahead; a list with full dates says its years; "rated 4/5, ideally 5/5" and
            // "size 10/11 or 11/12" are no statement lines: a line has a figure after its day
            return text;
        }
        boolean dayFirst = dayFirst(text, days);
        StringBuilder out = new StringBuilder(text);
        for (int i = days.size() - 1; i >= 0; i--) {
            Day d = days.get(i);
            int month = d.fixed() || dayFirst ? d.second() : d.first();
            int day = d.fixed() || dayFirst ? d.first() : d.second();
            LocalDate date = latest(month, day, today);
            if (date == null) {
                return text;
            }
            out.replace(d.start(), d.end(), date.toString());
        }
        return out.toString();
    }

    /** Whether a figure (an amount) follows each day before the next one. */
    private static boolean eachHasAFigure(String text, List<Day> days) {
        for (int i = 0; i < days.size(); i++) {
            int end = i + 1 < days.size() ? days.get(i + 1).start() : text.length();
            if (!FIGURE.matcher(text.substring(days.get(i).end(), end)).find()) {
                return false;
            }
        }
        return true;
    }

    /** Day first where a first number cannot be a month, where a second cannot, month first; else by language. */
    private static boolean dayFirst(String text, List<Day> days) {
        boolean numeric = false;
        for (Day d : days) {
            if (d.fixed()) {
                continue;
            }
            numeric = true;
            if (d.first() > 12) {
                return true;
            }
            if (d.second() > 12) {
                return false;
            }
        }
        return numeric && WrittenDates.dayFirst(text);
    }


    private static LocalDate latest(int month, int day, LocalDate today) {
        try {
            LocalDate date = LocalDate.of(today.getYear(), month, day);
            return date.isAfter(today) ? date.minusYears(1) : date;
        } catch (DateTimeException notADate) {
            return null;
        }
    }

    private static List<Day> days(String text) {
        List<Day> days = new ArrayList<>();
        Matcher zh = CHINESE.matcher(text);
        while (zh.find()) {
            add(days, new Day(zh.start(), zh.end(), num(zh, 2), num(zh, 1), true));
        }
        Matcher dm = DAY_MONTH.matcher(text);
        while (dm.find()) {
            add(days, new Day(dm.start(), dm.end(), num(dm, 1), WrittenDates.month(dm.group(2)), true));
        }
        Matcher md = MONTH_DAY.matcher(text);
        while (md.find()) {
            add(days, new Day(md.start(), md.end(), num(md, 2), WrittenDates.month(md.group(1)), true));
        }
        Matcher n = NUMERIC.matcher(text);
        while (n.find()) {
            // a dot date is day first wherever it is written ("02.11." is the 2nd of November)
            boolean dotted = n.group(3) != null;
            add(days, new Day(n.start(), n.end(), num(n, 1), dotted ? num(n, 3) : num(n, 2), dotted));
        }
        days.sort(java.util.Comparator.comparingInt(Day::start));
        return days;
    }

    private static void add(List<Day> days, Day day) {
        if (day.first() < 1 || day.second() < 1 || day.first() > 31 || day.second() > 31) {
            return;
        }
        if (days.stream().noneMatch(d -> day.start() < d.end() && day.end() > d.start())) {
            days.add(day);
        }
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
