package dev.praxis.model.offline;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How often something happens, in the words of every supported language: "monthly", "monatlicher Verzinsung",
 * "capitalización mensual", "按月复利" (12 a year); and the cues that mark an amount as paid each period
 * ("$1,800 a month", "900 euros al mes", "每个月 ... 6000块", "monatlich höchstens 1.400 €").
 */
final class Periodicity {

    private static final Map<String, Integer> FREQUENCIES = Map.ofEntries(Map.entry("monthly", 12),
            Map.entry("quarterly", 4), Map.entry("weekly", 52), Map.entry("daily", 365), Map.entry("annually", 1),
            Map.entry("yearly", 1), Map.entry("semi-annually", 2), Map.entry("semiannually", 2),
            Map.entry("a month", 12), Map.entry("per month", 12), Map.entry("each month", 12),
            Map.entry("every month", 12), Map.entry("a quarter", 4), Map.entry("per quarter", 4),
            Map.entry("/month", 12), Map.entry("/mo", 12),
            Map.entry("monatlich", 12), Map.entry("im monat", 12), Map.entry("pro monat", 12),
            Map.entry("jeden monat", 12), Map.entry("vierteljährlich", 4), Map.entry("quartalsweise", 4),
            Map.entry("jährlich", 1), Map.entry("mensual", 12), Map.entry("al mes", 12), Map.entry("por mes", 12),
            Map.entry("cada mes", 12), Map.entry("trimestral", 4), Map.entry("anual", 1),
            Map.entry("par mois", 12), Map.entry("mensuel", 12), Map.entry("chaque mois", 12),
            Map.entry("trimestriel", 4), Map.entry("annuel", 1),
            Map.entry("al mese", 12), Map.entry("mensil", 12), Map.entry("ogni mese", 12),
            Map.entry("trimestrale", 4), Map.entry("annuale", 1),
            Map.entry("每月", 12), Map.entry("每个月", 12), Map.entry("按月", 12), Map.entry("月供", 12),
            Map.entry("按季", 4), Map.entry("每季", 4), Map.entry("按年", 1), Map.entry("每年", 1),
            Map.entry("monatsrate", 12), Map.entry("mensualité", 12), Map.entry("cuota mensual", 12),
            Map.entry("rata mensile", 12), Map.entry("quartely", 4), Map.entry("vierteljär", 4),
            Map.entry("semestral", 2), Map.entry("halbjährlich", 2), Map.entry("semestriel", 2),
            Map.entry("semestrale", 2), Map.entry("半年", 2), Map.entry("täglich", 365), Map.entry("diari", 365),
            Map.entry("quotidien", 365), Map.entry("giornalier", 365), Map.entry("每天", 365), Map.entry("按日", 365),
            Map.entry("按天", 365), Map.entry("semi annually", 2), Map.entry("twice a year", 2),
            Map.entry("bimonthly", 6), Map.entry("trimestralmente", 4), Map.entry("montly", 12),
            Map.entry("monthy", 12), Map.entry("mensal", 12), Map.entry("mothly", 12), Map.entry("fortnight", 26), Map.entry("fortnightly", 26),
            Map.entry("every two weeks", 26), Map.entry("biweekly", 26), Map.entry("mes vencido", 12),
            Map.entry("mensual vencido", 12), Map.entry("trimestre vencido", 4), Map.entry("mtl.", 12),
            Map.entry("mensile", 12), Map.entry("mensili", 12), Map.entry("按季度", 4), Map.entry("每季度", 4));
    /** Words near which the compounding frequency is stated. */
    /** "four and a quarter percent", "a quarter of a million": a fraction, not a quarter of a year. */
    private static final Pattern FRACTION = Pattern.compile("(?:and|und|y|et|e)\\s+(?:a|one|three)\\s+quarters?|"
            + "(?:a|one|three)\\s+quarters?\\s+(?:of|percent|per cent|point|%)");
    private static final Pattern NOMINAL = Pattern.compile("nominal|名义");
    private static final Pattern COMPOUNDING = Pattern.compile("compo?und|compunded|verzins|zinzahl|zinszahl|capitaliz|capitalis|复利|计息|compuest");

    /** Written right after an amount paid each period. */
    static final List<String> AFTER_AMOUNT = List.of("a month", "per month", "each month", "every month", "monthly",
            "a year", "per year", "each year", "every year", "yearly", "annually", "a quarter", "per quarter",
            "quarterly", "a week", "per week", "weekly", "/month", "/mo", "/year", "/yr",
            "at the start of each", "at the beginning of each", "at the end of each",
            "at the start of every", "at the beginning of every", "at the end of every", "at the start of the month",
            "am monatsanfang", "zu monatsbeginn", "am anfang jedes", "zu beginn jedes", "a principios de cada",
            "al inicio de cada", "al comienzo de cada", "au début de chaque", "en début de mois",
            "all'inizio di ogni", "每月初",
            "im monat", "pro monat", "monatlich", "jeden monat", "pro jahr", "jährlich", "jedes jahr",
            "al mes", "por mes", "mensuales", "cada mes", "al año", "cada año", "anuales",
            "par mois", "chaque mois", "par an", "chaque année", "al mese", "ogni mese", "all'anno", "ogni anno",
            "l'anno", "par année", "por año", "im jahr", "p.a.", "每年", "每月", "每个月", "mtl.", "mtl", "monatl.",
            "mensili", "mensile", "mensuels", "mensuelles", "a fortnight", "every fortnight", "per fortnight");
    /** Written shortly before an amount paid each period ("monatlich höchstens 1.400 €", "每个月最多能还6000块"). */
    static final List<String> BEFORE_AMOUNT = List.of("monthly payment of", "sip of", "monthly sip of",
            "monthly deposit of", "monthly contribution of", "monthly investment of", "sparrate von", "sparrate", "monatlich", "pro monat", "jeden monat",
            "mensualmente", "cada mes", "chaque mois", "ogni mese", "每个月", "每月", "月供",
            "monthly installment", "monatsrate", "cuota mensual", "mensualité", "rata mensile");

    private Periodicity() {
    }

    /**
     * Letters between the compounding word (to the end of its word) and a frequency word: "capitalizable mensual" is
     * as close as "anual capitalizable", and the one after wins the tie ("6 % anual capitalizable mensual").
     */
    private static int gap(String lower, int anchor, int at, int length) {
        int anchorEnd = anchor;
        while (anchorEnd < lower.length() && Character.isLetter(lower.charAt(anchorEnd))) {
            anchorEnd++;
        }
        return at >= anchorEnd ? 2 * (at - anchorEnd) : 2 * Math.max(0, anchor - (at + length)) + 1;
    }

    /** Whether the word found at {@code at} is part of a longer frequency word ("jährlich" in "vierteljährlich"). */
    private static boolean insideLonger(String lower, String key, int at) {
        return FREQUENCIES.keySet().stream().anyMatch(other -> other.length() > key.length() && other.contains(key)
                && lower.indexOf(other) >= 0 && lower.indexOf(other) <= at
                && lower.indexOf(other) + other.length() >= at + key.length());
    }

    /** The compounding or payment frequency: the frequency word nearest to a compounding word, else the first. */
    static BigDecimal perYear(String text) {
        // fractions are blanked to spaces of the same length, so the other words keep their positions
        String lower = FRACTION.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(m -> " ".repeat(m.group().length()));
        java.util.regex.Matcher c = COMPOUNDING.matcher(lower);
        java.util.regex.Matcher n = NOMINAL.matcher(lower);
        // with no compounding word, the frequency nearest the nominal rate is its compounding ("24 % nominal mes vencido")
        int anchor = c.find() ? c.start() : n.find() ? n.start() : -1;
        Map.Entry<String, Integer> best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Map.Entry<String, Integer> f : FREQUENCIES.entrySet()) {
            int at = lower.indexOf(f.getKey());
            if (at < 0 || insideLonger(lower, f.getKey(), at)) {
                continue;
            }
            int distance = anchor < 0 ? at : gap(lower, anchor, at, f.getKey().length());
            if (distance < bestDistance || distance == bestDistance && f.getKey().length() > best.getKey().length()) {
                best = f;
                bestDistance = distance;
            }
        }
        return best == null ? null : BigDecimal.valueOf(best.getValue());
    }
}
