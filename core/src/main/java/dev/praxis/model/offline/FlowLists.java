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
            "up front", "spend", "pay ", "kostet", "anschaffung", "investition", "inversión", "inversion", "cuesta",
            "invierto", "investissement", "coûte", "investimento", "costa", "投资", "投入", "成本", "花了");
    private static final Pattern REPEATED = Pattern.compile("(\\$?€?\\d+(?:\\.\\d+)?)\\s*(?:dollars|euros|€|\\$)?\\s*"
            + "(?:every year|each year|a year|per year|yearly|annually|jährlich|pro jahr|jedes jahr|al año|cada año|"
            + "par an|chaque année|all'anno|ogni anno)\\s*(?:for|über|durante|pendant|per|during)\\s*(\\d+)\\s*years");

    private FlowLists() {
    }

    /** The listed flows, completed by a named outlay and by repeated returns; empty when there is no list. */
    static List<BigDecimal> complete(List<BigDecimal> listed, Mentions mentions) {
        List<BigDecimal> flows = new ArrayList<>(listed);
        Matcher repeated = REPEATED.matcher(mentions.text());
        if (flows.isEmpty() && repeated.find()) {
            BigDecimal amount = new BigDecimal(repeated.group(1).replaceAll("[$€]", ""));
            flows.addAll(Collections.nCopies(Integer.parseInt(repeated.group(2)), amount));
            mentions.claim(repeated.start(), repeated.end());
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
        }
        return flows;
    }
}
