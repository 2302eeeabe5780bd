package dev.praxis.model.offline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completes a list of cash flows the way people type it: an outlay named before the returns ("it costs $12,000
 * and brings 4,000, 4,500 and 5,000", "Investition 80.000, Rückflüsse 20.000, ...", "初始投资50万") is the first
 * flow, negative; a repeated return ("then 10,000 every year for five years") is written out once per year.
 */
final class FlowLists {

    private static final List<String> OUTLAY_CUES = List.of("cost", "invest", "outlay", "initial", "upfront",
            "up front", "spend", "pay ", "buy", "bought", "purchase", "lent", "lend", "loaned", "put ", "kostet",
            "anschaffung", "investition", "kauf", "geliehen", "inversión", "inversion", "cuesta", "invierto",
            "invertir", "compra", "prest", "investissement", "coûte", "achat", "prêté", "investimento", "costa",
            "acquisto", "投资", "投入", "成本", "花了", "先投", "投了", "买", "借给");
    private static final String AMOUNT = "(\\$?€?\\d+(?:\\.\\d+)?(?:\\s*(?:k|thousand|million)(?![\\p{L}]))?)\\s*"
            + "(?:dollars|euros|yuan|€|\\$)?";
    private static final String PER_YEAR = "(?:every year|each year|a year|per year|yearly|annually|annual|anuales|anual|"
            + "al año|por año|cada año|jährlich|pro jahr|im jahr|jedes jahr|par an|chaque année|annuels?|all'anno|"
            + "ogni anno|annui|l'anno)";
    /** "10,000 every year for five years", "7.000 anuales durante 5 años". */
    private static final Pattern REPEATED = Pattern.compile(AMOUNT + "\\s*" + PER_YEAR + "\\s*,?\\s*(?:for|über|durante|"
            + "pendant|per|during|over)?\\s*(?:the next\\s*)?(\\d+)\\s*years");
    /** A figure written with a minus after a space or a colon ("investment -120000"), not inside an id. */
    private static final Pattern SIGNED_OUTLAY = Pattern.compile("(?<![\\p{L}\\d])-\\s?[$€]?(\\d+(?:\\.\\d+)?)"
            + "(?:\\s*(k|thousand|million)(?![\\p{L}]))?");
    /** A figure with its scale word ("9k", "15 thousand"). */
    private static final Pattern SCALED = Pattern.compile("([\\d.]+)\\s*(k|thousand|million)?");
    /** "fünf Jahre lang je 9.000", "for 5 years, 2,000 each": the count first. */
    private static final Pattern COUNT_FIRST = Pattern.compile("(\\d+)\\s*years\\s*(?:lang\\s*)?,?\\s*(?:je|jeweils|each|"
            + "cada|chaque|ogni|每年)\\s*[^\\d]{0,12}?" + AMOUNT);
    /** "每年拿回15000，一共拿了4年", "后面4年每年现金流300万": Chinese puts the count before or after the yearly amount. */
    private static final Pattern CHINESE = Pattern.compile("每年[^\\d,]{0,6}" + AMOUNT + "[^\\d]{0,8}?(\\d+)\\s*years"
            + "|(\\d+)\\s*years\\s*(?:里|内|中)?[^\\d]{0,3}每年[^\\d,]{0,6}" + AMOUNT);

    private FlowLists() {
    }

    /** The listed flows, completed by a named outlay and by repeated returns; empty when there is no list. */
    static List<BigDecimal> complete(List<BigDecimal> listed, Mentions mentions) {
        List<BigDecimal> flows = new ArrayList<>(listed);
        List<BigDecimal> yearly = repeated(mentions);
        if (flows.isEmpty()) {
            flows.addAll(yearly);
        } else if (!yearly.isEmpty() && flows.get(flows.size() - 1).compareTo(yearly.get(0)) == 0) {
            // "-20000 today, then 6000 every year for five years": the listed return is the first of the years
            flows.remove(flows.size() - 1);
            flows.addAll(yearly);
        }
        if (flows.isEmpty() || flows.stream().anyMatch(f -> f.signum() < 0)) {
            return flows;
        }
        int listStart = mentions.listStart();
        String beforeList = listStart < 0 ? "" : mentions.text().substring(Math.max(0, listStart - 24), listStart);
        int cueEnd = OUTLAY_CUES.stream().mapToInt(c -> beforeList.lastIndexOf(c) < 0 ? -1
                : beforeList.lastIndexOf(c) + c.length()).max().orElse(-1);
        if (cueEnd >= 0 && beforeList.substring(cueEnd).chars().noneMatch(Character::isDigit)) {
            // "investissement de 100 000, puis 30 000, ...": the outlay heads the list itself
            flows.set(0, flows.get(0).negate());
            return flows;
        }
        Mentions.Mention outlay = mentions.takePrecededBy(OUTLAY_CUES);
        if (outlay != null) {
            flows.add(0, outlay.value.abs().negate());
        } else {
            signedOutlay(mentions.text(), listStart).ifPresent(v -> flows.add(0, v));
        }
        return flows;
    }

    /** "Investition -120.000, danach Rückflüsse ...": an outlay written with its minus before the list. */
    private static java.util.Optional<BigDecimal> signedOutlay(String text, int listStart) {
        if (listStart < 0) {
            return java.util.Optional.empty();
        }
        Matcher m = SIGNED_OUTLAY.matcher(text.substring(0, listStart));
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 24), m.start());
            if (OUTLAY_CUES.stream().anyMatch(before::contains)) {
                return java.util.Optional.of(Mentions.parse(m.group(1), m.group(2)).negate());
            }
        }
        return java.util.Optional.empty();
    }

    /** A yearly amount written out once per year, the phrase claimed; empty without one. */
    private static List<BigDecimal> repeated(Mentions mentions) {
        String text = mentions.text();
        Matcher m = REPEATED.matcher(text);
        if (m.find()) {
            return times(m.group(1), m.group(2), m, mentions);
        }
        m = COUNT_FIRST.matcher(text);
        if (m.find()) {
            return times(m.group(2), m.group(1), m, mentions);
        }
        m = CHINESE.matcher(text);
        if (m.find()) {
            return m.group(1) != null ? times(m.group(1), m.group(2), m, mentions)
                    : times(m.group(4), m.group(3), m, mentions);
        }
        return List.of();
    }

    private static List<BigDecimal> times(String amount, String count, Matcher m, Mentions mentions) {
        int n = Integer.parseInt(count);
        if (n < 1 || n > 100) {
            return List.of();
        }
        mentions.claim(m.start(), m.end());
        String figure = amount.replaceAll("[$€]", "").strip();
        java.util.regex.Matcher scaled = SCALED.matcher(figure);
        BigDecimal value = scaled.matches() ? Mentions.parse(scaled.group(1), scaled.group(2)) : new BigDecimal(figure);
        return new ArrayList<>(Collections.nCopies(n, value));
    }
}
