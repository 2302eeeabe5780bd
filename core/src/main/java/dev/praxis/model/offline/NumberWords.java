package dev.praxis.model.offline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites numbers written in words as digits, in English, German, Spanish, French and Italian ("six and a half"
 * 6.5, "dreißig" 30, "doscientos cincuenta mil" 250000, "soixante-dix" 70, "trentacinque" 35, "dreieinhalb" 3.5)
 * and in Chinese numerals ("三十" 30, "二十五万" 250000, "三点八" 3.8). German and Italian write compounds as one
 * word, so an unknown word is also tried as a chain of known parts. Articles ("a", "ein", "un") count as one only
 * before a scale word or a unit ("a hundred", "ein Jahr"), so that "a loan" stays text.
 */
final class NumberWords {

    private static final Map<String, Integer> WORDS = new HashMap<>();
    private static final Set<String> ARTICLES = Set.of("a", "an", "one", "ein", "eine", "einen", "einem", "un", "una",
            "une", "uno");
    /** Words that are numbers only next to a unit or scale: another language's common word ("due to", "once"). */
    private static final Set<String> AMBIGUOUS = Set.of("due", "sei", "once", "sept", "elf", "null", "otto", "nove",
            "tre", "cent", "cents", "dozen");
    /** Stems that occur only inside compounds ("ventuno", "trentotto"). */
    private static final Set<String> STEMS = Set.of("vent", "trent", "quarant", "cinquant", "sessant", "settant",
            "ottant", "novant");
    private static final Set<String> CONNECTORS = Set.of("and", "und", "y", "e", "et");
    private static final Set<String> HALVES = Set.of("half", "halb", "halbe", "medio", "media", "demi", "demie",
            "mezzo", "mezza");
    private static final Pattern FOLLOWS_ARTICLE = Pattern.compile("\\s*(?:hundred|thousand|million|billion|dozen|"
            + "half|year|month|week|day|percent|jahr|monat|woche|tag|prozent|hundert|tausend|año|mes|semana|día|"
            + "por ciento|cien|mil|an|mois|semaine|jour|pour cent|cent|mille|anno|mese|settimana|giorno|per cento|"
            + "years|months|weeks|days|jahre|jahren|monate|monaten|años|anos|meses|semanas|días|ans|années|"
            + "semaines|jours|anni|mesi|settimane|giorni|mila)(?![\\p{L}])|\\s*%", Pattern.CASE_INSENSITIVE);
    /** A currency after a word that is a number only next to a unit ("cent dollars", "tre euro"), or a thing and
     * its product id ("due borracce P0122"); so is a second number word ("cent vingt"). */
    private static final Pattern FOLLOWS_AMBIGUOUS = Pattern.compile("\\s*(?:dollars?|euros?|bucks|dólares|dollari|"
            + "pounds|francs?|franchi|yuan|€|\\$)(?![\\p{L}])|\\s+\\p{L}+\\s+p\\d{3,}", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+(?:-[\\p{L}]+)*");
    private static final Pattern CHINESE = Pattern.compile("[0-9零〇一二两三四五六七八九十百千万亿]+(?:点[0-9零〇一二两三四五六七八九]+)?");
    private static final String CHINESE_DIGITS = "零一二三四五六七八九";

    static {
        put(0, "zero", "null", "cero", "zéro");
        put(1, "one", "eins", "uno", "un", "une", "una", "ein", "eine");
        put(2, "two", "zwei", "zwo", "dos", "deux", "due");
        put(3, "three", "drei", "tres", "trois", "tre");
        put(4, "four", "vier", "cuatro", "quatre", "quattro");
        put(5, "five", "fünf", "fuenf", "cinco", "cinq", "cinque", "fiver");
        put(6, "six", "sechs", "seis", "sei");
        put(7, "seven", "sieben", "siete", "sept", "sette");
        put(8, "eight", "acht", "ocho", "huit", "otto");
        put(9, "nine", "neun", "nueve", "neuf", "nove");
        put(10, "ten", "zehn", "diez", "dix", "dieci", "tenner");
        put(11, "eleven", "elf", "once", "onze", "undici");
        put(12, "twelve", "zwölf", "doce", "douze", "dodici", "dozen");
        put(13, "thirteen", "dreizehn", "trece", "treize", "tredici");
        put(14, "fourteen", "vierzehn", "catorce", "quatorze", "quattordici");
        put(15, "fifteen", "fünfzehn", "quince", "quinze", "quindici");
        put(16, "sixteen", "sechzehn", "dieciséis", "seize", "sedici");
        put(17, "seventeen", "siebzehn", "diecisiete", "diciassette");
        put(18, "eighteen", "achtzehn", "dieciocho", "diciotto");
        put(19, "nineteen", "neunzehn", "diecinueve", "diciannove");
        put(20, "twenty", "zwanzig", "veinte", "vingt", "vingts", "venti", "vent");
        put(30, "thirty", "dreißig", "dreissig", "treinta", "trente", "trenta", "trent");
        put(40, "forty", "vierzig", "cuarenta", "quarante", "quaranta", "quarant");
        put(50, "fifty", "fünfzig", "cincuenta", "cinquante", "cinquanta", "cinquant");
        put(60, "sixty", "sechzig", "sesenta", "soixante", "sessanta", "sessant");
        put(70, "seventy", "siebzig", "setenta", "settanta", "settant", "septante");
        put(80, "eighty", "achtzig", "ochenta", "ottanta", "ottant", "quatre-vingt", "quatre-vingts", "huitante",
                "octante");
        put(90, "ninety", "neunzig", "noventa", "novanta", "novant", "nonante");
        put(100, "hundred", "hundert", "cien", "ciento", "cent", "cents", "cento");
        put(200, "doscientos", "doscientas");
        put(300, "trescientos", "trescientas");
        put(400, "cuatrocientos", "cuatrocientas");
        put(500, "quinientos", "quinientas");
        put(600, "seiscientos", "seiscientas");
        put(700, "setecientos", "setecientas");
        put(800, "ochocientos", "ochocientas");
        put(900, "novecientos", "novecientas");
        put(1_000, "thousand", "tausend", "mil", "mille", "mila");
        put(1_000_000, "million", "millions", "millionen", "millón", "millon", "millones", "milione", "milioni");
        for (int i = 1; i <= 9; i++) {
            put(20 + i, "veinti" + List.of("uno", "dós", "trés", "cuatro", "cinco", "séis", "siete", "ocho", "nueve")
                    .get(i - 1));
        }
        put(22, "veintidos");
        put(23, "veintitres");
        put(26, "veintiseis");
    }

    private static void put(int value, String... words) {
        for (String w : words) {
            WORDS.put(w, value);
        }
    }

    private NumberWords() {
    }

    /** {@code text} with number words and Chinese numerals replaced by digits. */
    static String toDigits(String text) {
        return words(chinese(text));
    }

    /** After a lone 一, characters that make a word of it ("一下" a moment, "一些" some, "一共" in all). */
    private static final String IDIOMS_AFTER_ONE = "下些起样直般定共边旦切行";

    /** "13.3万", "1.5亿": a decimal before a Chinese scale. */
    private static final Pattern DECIMAL_SCALE = Pattern.compile("(\\d+\\.\\d+)\\s*([万亿])");

    private static String chinese(String text) {
        Matcher d = DECIMAL_SCALE.matcher(text);
        StringBuilder scaled = new StringBuilder();
        while (d.find()) {
            BigDecimal unit = BigDecimal.valueOf(d.group(2).equals("万") ? 10_000L : 100_000_000L);
            d.appendReplacement(scaled, new BigDecimal(d.group(1)).multiply(unit).stripTrailingZeros().toPlainString());
        }
        text = d.appendTail(scaled).toString();
        Matcher m = CHINESE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String run = m.group();
            if (run.equals("一") && m.end() < text.length() && IDIOMS_AFTER_ONE.indexOf(text.charAt(m.end())) >= 0) {
                continue; // "查一下", "一些", "一共": words, not the number one
            }
            boolean hasChinese = run.chars().anyMatch(c -> c > 127);
            m.appendReplacement(out, Matcher.quoteReplacement(hasChinese ? chineseValue(run) : run));
        }
        return m.appendTail(out).toString();
    }

    /** "二十五万" is 250000, "三点八" 3.8, "25万" 250000; digits and numerals may mix. */
    static String chineseValue(String run) {
        int point = run.indexOf('点');
        String whole = point < 0 ? run : run.substring(0, point);
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal section = BigDecimal.ZERO;
        BigDecimal number = BigDecimal.ZERO;
        for (int i = 0; i < whole.length(); i++) {
            char c = whole.charAt(i);
            int digit = digit(c);
            if (digit >= 0) {
                number = Character.isDigit(c) && i > 0 && Character.isDigit(whole.charAt(i - 1))
                        ? number.multiply(BigDecimal.TEN).add(BigDecimal.valueOf(digit)) : BigDecimal.valueOf(digit);
            } else if (c == '十' || c == '百' || c == '千') {
                int unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
                section = section.add((number.signum() == 0 ? BigDecimal.ONE : number).multiply(BigDecimal.valueOf(unit)));
                number = BigDecimal.ZERO;
            } else if (c == '万' || c == '亿') {
                BigDecimal unit = BigDecimal.valueOf(c == '万' ? 10_000L : 100_000_000L);
                total = total.add(section.add(number).multiply(unit));
                section = BigDecimal.ZERO;
                number = BigDecimal.ZERO;
            }
        }
        BigDecimal value = total.add(section).add(number);
        if (point < 0) {
            return value.toPlainString();
        }
        StringBuilder decimals = new StringBuilder();
        run.substring(point + 1).chars().forEach(c -> decimals.append(digit((char) c)));
        return value.toPlainString() + "." + decimals;
    }

    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c == '两') {
            return 2;
        }
        if (c == '〇') {
            return 0;
        }
        return CHINESE_DIGITS.indexOf(c);
    }

    private static String words(String text) {
        Matcher m = WORD.matcher(text);
        List<int[]> spans = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[]{m.start(), m.end()});
            parts.add(m.group().toLowerCase(java.util.Locale.ROOT));
        }
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (int i = 0; i < parts.size(); ) {
            int end = run(parts, spans, text, i);
            if (end == i) {
                i++;
                continue;
            }
            BigDecimal value = value(parts.subList(i, end));
            out.append(text, copied, spans.get(i)[0]).append(value.stripTrailingZeros().toPlainString());
            copied = spans.get(end - 1)[1];
            i = end;
        }
        return out.append(text.substring(copied)).toString();
    }

    /** The end (exclusive) of the run of number words starting at {@code i}; {@code i} when none starts there. */
    private static int run(List<String> parts, List<int[]> spans, String text, int i) {
        int end = i;
        int j = i;
        int connector = -1;
        int hundreds = 0;
        while (j < parts.size()) {
            String p = parts.get(j);
            boolean gapOk = j == i || text.substring(spans.get(j - 1)[1], spans.get(j)[0]).isBlank();
            if (!gapOk) {
                break;
            }
            String after = text.substring(spans.get(j)[1]);
            if (j == i && (ARTICLES.contains(p) || AMBIGUOUS.contains(p) || scaleAfterDigits(p, text, spans.get(j)[0]))
                    && !FOLLOWS_ARTICLE.matcher(after).lookingAt()
                    && !(AMBIGUOUS.contains(p) && (FOLLOWS_AMBIGUOUS.matcher(after).lookingAt()
                    || j + 1 < parts.size() && after.startsWith(" ") && !AMBIGUOUS.contains(parts.get(j + 1))
                    && WORDS.containsKey(parts.get(j + 1))))) {
                break;
            }
            if (j > i && WORDS.getOrDefault(p, 0) == 100 && connector >= 0 && hundreds > 0) {
                // "two hundred and three hundred fifty": a second hundred after "and" starts a second number
                return connector;
            }
            if (WORDS.getOrDefault(p, 0) == 100) {
                hundreds++;
            } else if (WORDS.getOrDefault(p, 0) >= 1000) {
                hundreds = 0;
            }
            if (isNumber(p) || j > i && HALVES.contains(p)) {
                end = j + 1;
                j++;
            } else if (j > i && (CONNECTORS.contains(p) || ARTICLES.contains(p)) && j + 1 < parts.size()
                    && !startsAnotherNumber(parts.get(j - 1), parts.get(j + 1))) {
                connector = j;
                j++;
            } else {
                break;
            }
        }
        return end;
    }

    /**
     * Whether the word after a connector starts a number of its own rather than adding to the one before: an
     * addition is smaller than the word it follows ("hundred and fifty", "treinta y cinco", "vingt et un"), so
     * "cien y ciento cincuenta" is two numbers, 100 and 150, not one.
     */
    private static boolean startsAnotherNumber(String before, String after) {
        return isNumber(before) && isNumber(after) && value(List.of(after)).compareTo(value(List.of(before))) >= 0;
    }

    private static boolean isNumber(String word) {
        return !STEMS.contains(word) && (WORDS.containsKey(word) || !parts(word).isEmpty());
    }

    /** "200 mil", "3 Millionen": a scale word after digits stays a word, for the amount's scale. */
    private static boolean scaleAfterDigits(String word, String text, int at) {
        Integer v = WORDS.get(word);
        String before = text.substring(0, at).stripTrailing();
        return v != null && v >= 100 && !before.isEmpty() && Character.isDigit(before.charAt(before.length() - 1));
    }

    /** A hyphenated or compound word split into known parts ("zweihundertfünfzig", "soixante-dix"), or empty. */
    private static List<String> parts(String word) {
        if (WORDS.containsKey(word)) {
            return List.of(word);
        }
        if (word.contains("-")) {
            if (WORDS.containsKey(word)) {
                return List.of(word);
            }
            List<String> out = new ArrayList<>();
            for (String piece : word.split("-")) {
                List<String> p = CONNECTORS.contains(piece) ? List.of() : parts(piece);
                if (p.isEmpty() && !CONNECTORS.contains(piece)) {
                    return List.of();
                }
                out.addAll(p);
            }
            return out;
        }
        for (int cut = word.length() - 1; cut >= 2; cut--) {
            String head = word.substring(0, cut);
            String tail = word.substring(cut);
            String headKey = head.endsWith("und") && !WORDS.containsKey(head) ? head.substring(0, head.length() - 3)
                    : head;
            boolean halfTail = HALVES.contains(tail) || tail.equals("einhalb");
            List<String> rest = halfTail ? List.of(tail) : parts(tail);
            if (WORDS.containsKey(headKey) && !rest.isEmpty()) {
                List<String> out = new ArrayList<>();
                out.add(headKey);
                out.addAll(rest);
                return out;
            }
        }
        return List.of();
    }

    private static BigDecimal value(List<String> words) {
        long total = 0;
        long current = 0;
        boolean half = false;
        for (String w : words) {
            for (String part : parts(w).isEmpty() ? List.of(w) : parts(w)) {
                if (HALVES.contains(part) || part.equals("einhalb")) {
                    half = true;
                    continue;
                }
                Integer v = WORDS.get(part);
                if (v == null) {
                    continue;
                }
                if (v == 100) {
                    current = (current == 0 ? 1 : current) * 100;
                } else if (v >= 1000) {
                    total += (current == 0 ? 1 : current) * v;
                    current = 0;
                } else {
                    current += v;
                }
            }
        }
        BigDecimal value = BigDecimal.valueOf(total + current);
        return half ? value.add(new BigDecimal("0.5")) : value;
    }
}
