package dev.praxis.model.offline;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A single calendar year named as a period ("in 2024", "im Jahr 2024", "en 2024", "nel 2024", "pour 2024",
 * "2024年"), for tools that take a start and an end date. A request naming two years ("from 2021 to 2025") names no
 * calendar year: that is a span, read elsewhere.
 */
final class CalendarYear {

    private static final Pattern YEAR = Pattern.compile("(?iu)(?:(?<![\\p{L}])(?:in|during|for|over|im jahr|im|"
            + "für|en el año|en el|en|durante|del año|de|pour|en l'an|sur|nel|nell'anno|durante il)\\s+"
            + "((?:19|20)\\d{2})(?![\\d年/.\\-])|((?:19|20)\\d{2})\\s*年(?!\\s*\\d{1,2}\\s*月))");
    private static final Pattern ANY_YEAR = Pattern.compile("(?<![\\d.,])(?:19|20)\\d{2}(?![\\d.,])");

    private CalendarYear() {
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
