package dev.praxis.model.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dollars named with their country ("Canadian dollars", "dólares australianos", "dollar américain", "2 500 $
 * canadiens") written as the currency's code, padded to the phrase's length so that every other position in the
 * text stays where it was: the bare word "dollar" would otherwise read as US dollars as well.
 */
final class QualifiedCurrencies {

    private static final Pattern BEFORE = Pattern.compile("(?<![\\p{L}])(canadian|canadain|canadien|australian|aussie|new zealand|"
            + "hong kong|singapore|us|u\\.s\\.|american)\\s+(?:dollars?|bucks)(?![\\p{L}])");
    private static final Pattern AFTER = Pattern.compile("(?<![\\p{L}])(?:dollars?|dólar(?:es)?|dollar[io]|\\$)\\s*"
            + "(canadiens?|canadiennes?|canadienses?|canadesi|canadian|australiens?|australianos?|australiani|"
            + "américains?|americanos?|americani|us|ca|can|estadounidenses?)(?![\\p{L}])");

    private QualifiedCurrencies() {
    }

    /** {@code lower} with country-qualified dollars replaced by their code, each phrase keeping its length. */
    static String qualify(String lower) {
        return replace(AFTER, replace(BEFORE, lower));
    }

    private static String replace(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String code = code(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(code + " ".repeat(Math.max(0, m.group().length() - 3))));
        }
        return m.appendTail(out).toString();
    }

    private static String code(String country) {
        if (country.startsWith("canad") || country.equals("ca") || country.equals("can")) {
            return "cad";
        }
        if (country.startsWith("austral") || country.equals("aussie")) {
            return "aud";
        }
        return switch (country) {
            case "new zealand" -> "nzd";
            case "hong kong" -> "hkd";
            case "singapore" -> "sgd";
            default -> "usd";
        };
    }
}
