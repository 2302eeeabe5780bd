package dev.praxis.model.offline;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the figures of a request into one plain form before values are read: number words as digits
 * ({@link NumberWords}), decimal commas and thousands dots ("2,5 %" 2.5, "200.000 Euro" 200000, "1.234,56"),
 * scale words ("1,2 Mio." 1.2 million, "200 mil", "3 Tsd."), percent words in every supported language
 * ("Prozent", "por ciento", "百分之"), duration units ("dreißig Jahre" 30 years, "六个月" 6 months) and currency
 * names and trailing symbols ("250.000 €" €250000). Identifiers with digits ("O-1001", "SAVE10") are left alone.
 */
final class LocaleNumbers {

    private static final Pattern PERCENT_WORDS = Pattern.compile("(?iu)\\s*(?:per ?cent|percent|precent|percnet|"
            + "procent|prozent|por ?ciento|pour ?cent|per ?cento|percento|pct)(?![\\p{L}])");
    private static final Pattern CHINESE_PERCENT = Pattern.compile("百分之([0-9零〇一二两三四五六七八九十百千点.]+)");
    /** 1.234.567 or 1.234,56 or 200.000: dots group thousands. */
    private static final Pattern DOT_THOUSANDS = Pattern.compile("(?<![\\w.,])(?<!\\w-)(\\d{1,3}(?:\\.\\d{3})+)(,\\d+)?(?![\\d.]*\\d)(?!\\s*%)");
    /** 1,234,567 or 1,234.56 or 250,000: commas group thousands. */
    private static final Pattern COMMA_THOUSANDS = Pattern.compile("(?<![\\w.,])(?<!\\w-)(\\d{1,3}(?:,\\d{3})+)(\\.\\d+)?(?![\\d,]*\\d)");
    /** 2,5 or 3,75: a decimal comma. */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("(?<![\\w.,])(?<!\\w-)(\\d+),(\\d{1,2}|\\d{4,})(?![\\d])");
    private static final Pattern SPACE_THOUSANDS = Pattern.compile("(?<![\\w.,])(?<!\\w-)(\\d{1,3}(?:[ \\u00a0\\u202f']\\d{3})+)"
            + "(?![\\d])");
    private static final Map<String, String> WORD_FORMS = Map.ofEntries(
            Map.entry("(?:mio\\.?|millionen|millones|millón|millon|millions|milioni|milione|mln)", "million"),
            Map.entry("(?:mrd\\.?|milliarden|milliarde|mil millones|milliards?|miliardi|miliardo)", "billion"),
            Map.entry("(?:tsd\\.?|tausend|mil|mille|mila)", "thousand"),
            Map.entry("(?:jahre|jahren|jahr|johr|joahr|johre|años|año|anos|ano|ans|années|année|anni|anno|yr|yeras|yaers|yers|yrs|"
                    + "yeards|jahrn|añso|j\\.|jr\\.?|jhr\\.?|jahr)", "years"),
            Map.entry("(?:monate|monaten|monat|meses|mes|mois|mesi|mese|monts|montsh|mnths|mths|monhts|mon\\.?|mte\\.?|mo\\.)",
                    "months"),
            Map.entry("(?:wochen|woche|semanas|semana|semaines|semaine|settimane|settimana)", "weeks"),
            Map.entry("(?:tage|tagen|tag|días|dias|día|dia|jours|jour|giorni|giorno)", "days"),
            Map.entry("(?:euro|eur|euros)", "euros"));
    private static final Pattern CURRENCY_WORDS = Pattern.compile("(?iu)(?<![\\p{L}])(?:(dólares|dolares|dólar|dollari|"
            + "dollaro|dollar)|(libras|libra|livres|sterline|pfund)|(yenes|yens)|(euro))(?![\\p{L}])");
    private static final Pattern DECIMAL_WORD = Pattern.compile("(?iu)(\\d+)\\s+(?:coma|komma|virgule|virgola|point)"
            + "\\s+(\\d+)(?![\\d.])");
    private static final Pattern AFTER_NUMBER = Pattern.compile("(?iu)(\\d)\\s*(" + String.join("|",
            WORD_FORMS.keySet()) + ")(?![\\p{L}])");
    private static final Map<String, String> CHINESE_UNITS = Map.of("个月", " months ", "年", " years ", "周", " weeks ",
            "天", " days ", "美元", " dollars ", "欧元", " euros ", "英镑", " pounds ", "日元", " yen ", "元", " yuan ",
            "块", " yuan ");
    private static final Pattern TRAILING_SYMBOL = Pattern.compile("(\\d(?:[\\d.]*\\d)?(?:\\s*(?:k|m|thousand|million|"
            + "billion)(?![\\p{L}]))?)\\s*([€$£¥])");

    /** "30y", "15yr": a year count written tight. */
    private static final Pattern TIGHT_YEARS = Pattern.compile("(?i)(?<=\\d)(?:y|yr)(?![\\p{L}])");
    /** "360 monthly instalments": a count of monthly payments is a term in months. */
    private static final Pattern PAYMENT_COUNT = Pattern.compile("(?i)(\\d+)\\s+monthly\\s+(?:payments|installments|"
            + "instalments)|(\\d+)\\s+(?:monatsraten|mensualidades|cuotas mensuales|mensualités|rate mensili)"
            + "|分\\s*(\\d+)\\s*期|(\\d+)\\s*(?:期|rate|raten|cuotas|installments|instalments|payments)(?![\\p{L}])");

    /** "a quarter million", "half a million", "three quarters of a million": a fraction of a scale word. */
    private static final Pattern FRACTION_OF_SCALE = Pattern.compile("(?iu)(?<![\\p{L}])(?:(?:a|one)\\s+quarter"
            + "|(?:a\\s+)?half|three\\s+quarters)(?:\\s+of)?(?:\\s+a)?\\s+(million|thousand)(?![\\p{L}])");
    /** "five and a quarter", "3 and a half", "dos y medio": a whole number and a fraction. */
    private static final Pattern AND_FRACTION = Pattern.compile("(?iu)(\\d+)\\s+(?:and|und|y|et|e)\\s+(?:(?:a|one|un|une|"
            + "ein)\\s+)?(¼|¾|half|halb|medio|media|demi|demie|mezzo|mezza)(?![\\p{L}])");
    /** "and a quarter", "and three quarters": a fraction after a whole number, marked as ¼ or ¾. */
    private static final Pattern QUARTERS = Pattern.compile("(?iu)\\s+(?:and|und|y|et|e)\\s+(?:(three)\\s+quarters|"
            + "(?:a|one)\\s+quarter)(?![\\p{L}])");
    /** "just one", "nur eins", "solo uno": one written after a word that makes it a count. */
    private static final Pattern JUST_ONE = Pattern.compile("(?iu)(?<![\\p{L}])(just|only|nur|noch|solo|sólo|seulement|"
            + "juste|soltanto)\\s+(?:one|a single|eins|einen|eine|uno|una|un|une)(?![\\p{L}])");
    /** "minus 20000", "menos 5000": a sign said in words. */
    private static final Pattern MINUS = Pattern.compile("(?iu)(?<![\\p{L}])(?:minus|menos|moins|meno)\\s+(?=\\d)");
    /** "vent'anni", "trent'anni": Italian drops the last vowel of the tens before a vowel. */
    private static final Pattern ELIDED = Pattern.compile("(?iu)(?<![\\p{L}])(vent|trent|quarant|cinquant|sessant|settant|"
            + "ottant|novant)'(?=\\p{L})");
    /** "six point two five": decimals said digit by digit, as voice assistants transcribe them. */
    private static final Pattern SPOKEN_DECIMALS = Pattern.compile("(?iu)\\s+point((?:\\s+(?:zero|oh|one|two|three|four|"
            + "five|six|seven|eight|nine))+)(?![\\p{L}])");
    private static final java.util.List<String> DIGIT_WORDS = java.util.List.of("zero", "one", "two", "three", "four",
            "five", "six", "seven", "eight", "nine");

    private static String digits(String words) {
        StringBuilder out = new StringBuilder();
        for (String w : words.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            out.append(w.equals("oh") ? 0 : DIGIT_WORDS.indexOf(w));
        }
        return out.toString();
    }

    /** "half a year", "a half year": half of one unit. */
    private static final Pattern HALF_UNIT = Pattern.compile("(?iu)(?<![\\p{L}\\d]\\s?)(?:half an?|an? half)\\s+(year|month)"
            + "(?![\\p{L}])");
    /** "ten-day", "thirty-year": a number word joined to its unit. */
    private static final Pattern UNIT_HYPHEN = Pattern.compile("(?iu)(?<![\\p{L}])([\\p{L}]+)-(day|days|week|weeks|"
            + "month|months|year|years)(?![\\p{L}])");
    /** "two years and a half", "dos años y medio", "trois ans et demi": the half after the unit. */
    private static final Pattern UNIT_AND_HALF = Pattern.compile("(?iu)(\\d+)\\s+(years|months)\\s+(?:and a half|"
            + "y medio|y media|et demi|et demie|e mezzo|und ein halb)(?![\\p{L}])");
    /** "40 grand", "35 lakh", "2 crore": scale words of everyday English and Indian English. */
    private static final Pattern SLANG_SCALE = Pattern.compile("(?iu)(\\d+(?:\\.\\d+)?)\\s*(grand|lakhs?|lacs?|crores?)"
            + "(?![\\p{L}])");

    private static final Pattern DATE_END = Pattern.compile("\\d[./-]\\d{1,2}[./-]\\d{2,4}$");

    private LocaleNumbers() {
    }

    /** The text with its figures in plain form; everything else unchanged. */
    static String normalise(String text) {
        String out = text.replace("，", ", ").replace("、", ", ").replace('。', '.').replace('％', '%').replace('？', '?');
        out = CHINESE_PERCENT.matcher(out).replaceAll("$1%");
        out = PERCENT_WORDS.matcher(out).replaceAll("%");
        out = replace(FRACTION_OF_SCALE, out, m -> {
            String f = m.group().toLowerCase(Locale.ROOT);
            String share = f.contains("three") ? "0.75" : f.contains("quarter") ? "0.25" : "0.5";
            return share + " " + m.group(1);
        });
        // "five and three quarters" is 5.75, not five and three: the fraction is marked before words become digits
        out = QUARTERS.matcher(out).replaceAll(m -> " and " + (m.group(1) == null ? "¼" : "¾"));
        out = UNIT_HYPHEN.matcher(out).replaceAll("$1 $2");
        out = MINUS.matcher(out).replaceAll("-");
        out = ELIDED.matcher(out).replaceAll(m -> m.group(1) + (m.group(1).equalsIgnoreCase("vent") ? "i " : "a "));
        out = SPOKEN_DECIMALS.matcher(out).replaceAll(m -> "." + digits(m.group(1)));
        out = JUST_ONE.matcher(out).replaceAll("$1 1");
        out = HALF_UNIT.matcher(out).replaceAll("0.5 $1s");
        out = NumberWords.toDigits(out);
        out = out.replaceAll("(\\d+)\\s*\\(\\1\\)", "$1"); // "thirty (30) years"
        out = replace(AND_FRACTION, out, m -> {
            String f = m.group(2).toLowerCase(Locale.ROOT);
            String share = f.equals("¾") ? ".75" : f.equals("¼") ? ".25" : ".5";
            return m.group(1) + share;
        });
        out = DECIMAL_WORD.matcher(out).replaceAll("$1.$2");
        out = replace(SLANG_SCALE, out, m -> {
            String w = m.group(2).toLowerCase(Locale.ROOT);
            java.math.BigDecimal n = new java.math.BigDecimal(m.group(1));
            long factor = w.startsWith("l") ? 100_000L : w.startsWith("c") ? 10_000_000L : 1_000L;
            return n.multiply(java.math.BigDecimal.valueOf(factor)).stripTrailingZeros().toPlainString();
        });
        out = replace(CURRENCY_WORDS, out, m -> m.group(1) != null ? "dollars" : m.group(2) != null ? "pounds"
                : m.group(3) != null ? "yen" : "euros");
        for (Map.Entry<String, String> unit : CHINESE_UNITS.entrySet()) {
            // "2020年" is a calendar year, not twenty centuries
            String notAYear = unit.getKey().equals("年") ? "(?<!(?:19|20)\\d\\d)" : "";
            out = out.replaceAll(notAYear + "(?<=\\d)\\s*" + unit.getKey(), unit.getValue());
        }
        out = separators(out);
        out = TIGHT_YEARS.matcher(out).replaceAll(" years");
        out = replace(PAYMENT_COUNT, out, m -> java.util.stream.IntStream.rangeClosed(1, 4).mapToObj(m::group)
                .filter(java.util.Objects::nonNull).findFirst().orElseThrow() + " months");
        out = wordForms(out);
        out = replace(UNIT_AND_HALF, out, m -> m.group(1) + ".5 " + m.group(2));
        return TRAILING_SYMBOL.matcher(out).replaceAll("$2$1");
    }

    private static String separators(String text) {
        String out = replace(DOT_THOUSANDS, text, m -> m.group(1).replace(".", "")
                + (m.group(2) == null ? "" : "." + m.group(2).substring(1)));
        out = replace(COMMA_THOUSANDS, out, m -> m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2)));
        out = replace(DECIMAL_COMMA, out, m -> m.group(1) + "." + m.group(2));
        return replace(SPACE_THOUSANDS, out, m -> m.group(1).replaceAll("[ \\u00a0\\u202f']", ""));
    }

    private static String wordForms(String text) {
        return replace(AFTER_NUMBER, text, m -> {
            String word = m.group(2).toLowerCase(Locale.ROOT);
            if (DATE_END.matcher(text.substring(Math.max(0, m.start() - 9), m.start() + 1)).find()) {
                return m.group(); // "07/04/2025 Dia": a word after a date is a description, not a unit
            }
            for (Map.Entry<String, String> form : WORD_FORMS.entrySet()) {
                if (word.matches(form.getKey())) {
                    return m.group(1) + " " + form.getValue();
                }
            }
            return m.group();
        });
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        }
        return m.appendTail(out).toString();
    }
}
