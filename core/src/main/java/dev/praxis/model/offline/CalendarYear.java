package dev.praxis.model.offline;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A single calendar year named as a period ("in 2024", "im Jahr 2024", "en 2024", "nel 2024", "pour 2024",
 * "2024年"), for tools that take a start and an end date. A request naming two years ("from 2021 to 2025") names no
 * calendar year: that is a span ({@link #span}), a number of years.
 */
final class CalendarYear {

    private static final Pattern YEAR = Pattern.compile("(?iu)(?:(?<![\\p{L}])(?:in|during|for|over|im jahr|im|"
            + "für|en el año|en el|en|durante|del año|de|pour|en l'an|sur|nel|nell'anno|durante il|all of|of|"
            + "calendar|calendar year|the year|year|ganz|ganzen jahr|todo el año|todo|toute l'année|tout|tutto il)\\s+"
            + "((?:19|20)\\d{2})(?![\\d年/\\-])(?![.]\\d)|((?:19|20)\\d{2})\\s*年(?!\\s*\\d{1,2}\\s*月))");
    private static final Pattern ANY_YEAR = Pattern.compile("(?<![\\d.,])(?:19|20)\\d{2}(?!\\d|[.,]\\d)");
    /** A year that may end a sentence ("... en 2025."), but no thousands group ("2.021") or decimal ("2025,50"). */
    private static final Pattern YEAR_FIGURE = Pattern.compile("(?<![\\d.,])(?:19|20)\\d{2}(?!\\d|[.,]\\d)");

    private CalendarYear() {
    }

    /**
     * The number of years between the two calendar years a request names ("facturó 120.000 en 2021 y 185.000 en
     * 2025" spans 4), if it names exactly two.
     */
    static Optional<Integer> span(String text) {
        java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
        Matcher any = YEAR_FIGURE.matcher(text);
        while (any.find()) {
            years.add(Integer.parseInt(any.group()));
        }
        return years.size() == 2 ? Optional.of(years.last() - years.first()) : Optional.empty();
    }

    /** The one year {@code text} names as a period, if it names exactly one year and names it that way. */
    static Optional<Integer> in(String text) {
        Matcher any = ANY_YEAR.matcher(text);
        String only = null;
        while (any.find()) {
            if (only != null && !only.equals(any.group())) {
                return Optional.empty();
            }
            only = any.group();
        }
        Matcher m = YEAR.matcher(text);
        if (only == null || !m.find()) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)));
    }
}
